import { isResponseLike } from './isResponseLike.js'
import type { ThrownRead } from './types.js'

/** A failed `Response` thrown or passed as it is: its body is read by `decodeErrorAsync` only. */
export function readResponse(value: object): ThrownRead | undefined {
  if (!isResponseLike(value)) return undefined
  return {
    status: value.status,
    headers: value.headers,
    url: value.url || undefined,
    unread: value.bodyUsed === false ? value : undefined,
  }
}
