import type { ApiError } from '../../core/ApiError.js'

/**
 * True when sending the failed request again may succeed, so a "Try again" button can help: a
 * network failure, a timeout, a server error or a rate limit (once its wait is over), and an
 * error of no known status (thrown by the app's own code). A refusal (validation, sign-in,
 * permission, not found, conflict, or another 4xx) answers the same way however often it is asked.
 *
 * @example
 * <ErrorBanner error={error} onRetry={mayRetrySucceed(error) ? refetch : undefined} />
 */
export function mayRetrySucceed(error: ApiError): boolean {
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'server':
    case 'rate-limit':
    case 'aborted':
      return true
    case 'unknown':
      return error.status === 0 || error.status >= 500
    default:
      return false
  }
}
