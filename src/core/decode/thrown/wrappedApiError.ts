import type { ApiError } from '../../ApiError.js'
import { isApiError } from '../../isApiError.js'
import { isErrorLike } from '../decodeThrown.js'

/**
 * The kit's own `ApiError` inside another client's error that wrapped it without a response of
 * its own: axios' fetch adapter, given `api.fetch`, wraps what that rejects with (a session that
 * ended, a network failure, a timeout) in an `AxiosError` whose `cause` it is.
 */
export function wrappedApiError(value: unknown): ApiError | undefined {
  if (!isErrorLike(value)) return undefined
  const { cause, response } = value as { cause?: unknown; response?: unknown }
  return isApiError(cause) && response == null ? cause : undefined
}
