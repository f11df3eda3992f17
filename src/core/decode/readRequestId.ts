import { toHeaderMap } from '../utils/headerMap.js'
import type { HeadersLike } from './types.js'

const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'cf-ray',
  'x-vercel-id',
  'x-trace-id',
]

/** The request id a server or proxy put in the response headers, for support and logs. */
export function readRequestId(headers: HeadersLike | undefined): string | undefined {
  const map = toHeaderMap(headers)
  for (const name of REQUEST_ID_HEADERS) {
    const value = map.get(name)?.trim()
    if (value) return value.slice(0, 200)
  }
  return undefined
}
