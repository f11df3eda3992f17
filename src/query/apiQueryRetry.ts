import { isHandledByClient } from '../core/client/handledByClient.js'
import { decodeError } from '../core/decode/decodeError.js'

/**
 * The `retry` of queries made with api-error-kit: the client owns transport and rate-limit
 * retries, so an error it threw is never retried again here (a persistent 503 costs exactly
 * the client's attempts, not their product with TanStack's). Other errors (from a queryFn of
 * your own) are retried up to twice when they may succeed: network, timeout, 408 and 5xx; never
 * other 4xx, never aborts.
 */
export function apiQueryRetry(failureCount: number, error: unknown): boolean {
  if (isHandledByClient(error)) return false
  const { kind, status } = decodeError(error)
  if (kind === 'aborted' || kind === 'rate-limit') return false
  const mayRecover = kind === 'network' || kind === 'timeout' || status === 408 || status >= 500
  return mayRecover && failureCount < 2
}
