import { isErrorLike } from '../decodeThrown.js'
import { transportFailure } from '../transportFailure.js'
import { isResponseLike } from './isResponseLike.js'
import type { ThrownRead } from './types.js'

interface KyLike {
  name: string
  message: string
  response?: unknown
  request?: { method?: unknown; url?: unknown }
  data?: unknown
}

/**
 * ky's errors, told by name so two copies of ky agree: an `HTTPError` with its response (ky 2
 * parsed the body into `data`; ky 1 left it unread, for `decodeErrorAsync`), a `TimeoutError` and
 * ky 2's `NetworkError`, each with its request.
 */
export function readKyError(value: object): ThrownRead | undefined {
  if (!isErrorLike(value)) return undefined
  const { name, message, response, request, data } = value as KyLike
  const method = typeof request?.method === 'string' ? request.method : undefined
  const url = typeof request?.url === 'string' ? request.url : undefined
  if (name === 'HTTPError' && isResponseLike(response)) {
    const unread = data === undefined && response.bodyUsed === false ? response : undefined
    const { status, headers } = response
    return { status, headers, method, url, body: data, unread, message }
  }
  if (typeof request !== 'object' || request === null) return undefined
  if (name === 'TimeoutError') return { method, url, decoded: transportFailure('timeout', message) }
  if (name === 'NetworkError') return { method, url, decoded: transportFailure('network', message) }
  return undefined
}
