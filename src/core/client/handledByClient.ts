import type { ApiError } from '../ApiError.js'

const handled = new WeakSet<object>()

/** Marks an error thrown by `createApiClient`: its transport and rate-limit retries are done. */
export function markHandledByClient(error: ApiError): ApiError {
  handled.add(error)
  return error
}

/**
 * True for an error thrown by an api-error-kit client, which already retried what was safe to
 * retry; query layers must not retry it again (that would multiply the requests).
 */
export function isHandledByClient(error: unknown): boolean {
  return typeof error === 'object' && error !== null && handled.has(error)
}
