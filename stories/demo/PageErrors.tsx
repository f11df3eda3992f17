import { useApiClient, useApiError } from '../../src/react/index.js'
import { DeveloperDetails, ErrorBanner, RateLimitCountdown } from '../../src/ui/index.js'
import { DEMO_API_URL } from '../support/mockApi.js'

const scope = new URL(DEMO_API_URL).origin

/**
 * The page-level error, wherever on the page it came from: a countdown for a rate limit, a
 * banner for the rest (permission, not found, a failed first load).
 */
export function PageErrors() {
  const { error, notice, dismiss } = useApiError()
  const { rateLimits } = useApiClient()
  if (!error || !notice) return null
  const retry = notice.retry
  const retryAndClose = retry
    ? () => {
        dismiss()
        retry()
      }
    : undefined

  if (notice.channel === 'countdown') {
    // The client's cooldown store holds the deadline: every countdown of the API agrees on it.
    return (
      <RateLimitCountdown
        scope={scope}
        cooldowns={rateLimits}
        onRetry={retryAndClose}
        className="demo-page-error"
      />
    )
  }
  return (
    <ErrorBanner
      error={error}
      onRetry={retryAndClose}
      onDismiss={dismiss}
      className="demo-page-error"
    >
      <DeveloperDetails error={error} />
    </ErrorBanner>
  )
}
