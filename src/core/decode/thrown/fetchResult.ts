import { isErrorLike } from '../decodeThrown.js'
import { isResponseLike } from './isResponseLike.js'
import type { ThrownRead } from './types.js'

/**
 * The result of a call of openapi-fetch (`{ data, error, response }`) or of a hey-api client
 * (`{ data, error, request, response }`) that failed: `error` is the body the client parsed. Only
 * a real `Response` makes it one: a JSON body that happens to hold `error` and `response` is a
 * body, since JSON holds no `Response`.
 */
export function readFetchResult(value: object): ThrownRead | undefined {
  if (Array.isArray(value) || isErrorLike(value) || !Object.hasOwn(value, 'error')) return undefined
  const { error, response, request } = value as {
    error: unknown
    response?: unknown
    request?: { method?: unknown; url?: unknown }
  }
  if (!isResponseLike(response)) return undefined
  const method = request?.method
  const unread = error === undefined && response.bodyUsed === false ? response : undefined
  return {
    status: response.status,
    headers: response.headers,
    method: typeof method === 'string' ? method : undefined,
    url: response.url || (typeof request?.url === 'string' ? request.url : undefined),
    body: error,
    unread,
  }
}
