import type { HeadersLike } from '../decode/types.js'
import { HeaderMap, toHeaderMap } from './headerMap.js'

/** Reads one header, case-insensitively, from headers of any shape; the first value of a list. */
export function getHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (!headers) return undefined
  const lower = name.toLowerCase()
  if (headers instanceof HeaderMap) return headers.get(lower)
  if (!(headers instanceof Map) && typeof (headers as Headers).get === 'function')
    return (headers as Headers).get(lower) ?? undefined
  return toHeaderMap(headers).get(lower)
}
