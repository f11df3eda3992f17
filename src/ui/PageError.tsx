'use client'

import { useContext, useMemo } from 'react'
import { ApiErrorContext } from '../react/ApiErrorContext.js'
import { useApiError } from '../react/useApiError.js'
import { ErrorBanner } from './banner/ErrorBanner.js'
import { RateLimitCountdown } from './countdown/RateLimitCountdown.js'
import { DeveloperDetails } from './details/DeveloperDetails.js'

/** Props of {@link PageError}. */
export interface PageErrorProps {
  /**
   * The rate-limit scope whose cooldown the countdown shows.
   * @default the origin of the failed request, the client's default scope
   */
  scope?: string
  /**
   * Shows code, developer message and request id under the banner (development builds only).
   * @default true
   */
  developerDetails?: boolean
  className?: string
}

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined
  } catch {
    return undefined
  }
}

/**
 * The page-level error of the nearest `ApiErrorProvider`, wherever on the page it came from: a
 * `RateLimitCountdown` for a rate limit with a wait (on the client's cooldown, so every
 * countdown of the API agrees), an `ErrorBanner` for the rest (permission, not found, a failed
 * first load, a rate limit that names no wait). Its
 * Retry dismisses the error and retries the failed call.
 *
 * @example
 * <ApiErrorProvider client={api} hub={hub} channels={uiChannels}>
 *   <PageError />
 *   <App />
 * </ApiErrorProvider>
 */
export function PageError({ scope, developerDetails = true, className }: PageErrorProps) {
  const client = useContext(ApiErrorContext)?.client
  const { error, notice, dismiss } = useApiError()
  const retry = notice?.retry
  const retryAndClose = useMemo(
    () =>
      retry &&
      (() => {
        dismiss()
        retry()
      }),
    [retry, dismiss],
  )
  // Without a client (or its cooldown), the wait is the error's own, from when it arrived.
  const until = useMemo(() => {
    const wait = notice?.error.retryAfterMs
    return wait !== undefined && wait > 0 && Number.isFinite(wait) ? Date.now() + wait : undefined
  }, [notice])
  if (!error || !notice) return null
  if (notice.channel === 'countdown') {
    const cooldownScope = scope ?? originOf(error.url)
    // getAll(), not get(): get() may drop an expired entry and notify others mid-render.
    const fromClient =
      client &&
      cooldownScope &&
      client.rateLimits
        .getAll()
        .some((entry) => entry.scope === cooldownScope && entry.until > Date.now())
    if (fromClient) {
      return (
        <RateLimitCountdown
          scope={cooldownScope}
          cooldowns={client.rateLimits}
          onRetry={retryAndClose}
          className={className}
        />
      )
    }
    // A 429 with no wait to count (no Retry-After) would be a silent "try again now": a banner
    // says what happened instead, and is announced.
    if (until !== undefined) {
      return <RateLimitCountdown until={until} onRetry={retryAndClose} className={className} />
    }
  }
  return (
    <ErrorBanner error={error} onRetry={retryAndClose} onDismiss={dismiss} className={className}>
      {developerDetails && <DeveloperDetails error={error} />}
    </ErrorBanner>
  )
}
