import { decodeThrown, isErrorLike } from '../decodeThrown.js'
import { isResponseLike } from './isResponseLike.js'
import type { ThrownRead } from './types.js'

interface FetchErrorLike {
  message: string
  cause?: unknown
  request?: unknown
  options?: { method?: unknown }
  response?: unknown
  data?: unknown
}

/** The request of an ofetch call: a URL string or a `Request`. */
function readRequest({ request, options }: FetchErrorLike) {
  const fromRequest = typeof request === 'object' && request !== null ? request : undefined
  const { method, url } = (fromRequest ?? {}) as { method?: unknown; url?: unknown }
  const given = options?.method ?? method
  return {
    method: typeof given === 'string' ? given : undefined,
    url: typeof request === 'string' ? request : typeof url === 'string' ? url : undefined,
  }
}

/**
 * ofetch's `FetchError` (also `$fetch`'s in Nuxt): the response's status and headers with the body
 * ofetch parsed into `data`; with no response, what its `cause` says went wrong (fetch's network
 * `TypeError`, the `TimeoutError` of its `timeout` option, an abort).
 */
export function readOfetchError(value: object): ThrownRead | undefined {
  if (!isErrorLike(value) || value.name !== 'FetchError') return undefined
  const error = value as FetchErrorLike
  const request = readRequest(error)
  const { response, data, cause } = error
  if (isResponseLike(response)) {
    const unread = data === undefined && response.bodyUsed === false ? response : undefined
    const { status, headers } = response
    return { ...request, status, headers, body: data, unread, message: error.message }
  }
  if (!isErrorLike(cause)) return undefined
  return { ...request, decoded: decodeThrown(cause) }
}
