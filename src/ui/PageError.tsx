'use client'

import { useContext, useMemo } from 'react'
import { ApiErrorContext } from '../react/ApiErrorContext.js'
import { useApiError } from '../react/useApiError.js'
import { ErrorBanner } from './banner/ErrorBanner.js'
import { RateLimitCountdown } from './countdown/RateLimitCountdown.js'
import { useHeldWait } from './countdown/useHeldWait.js'
import { DeveloperDetails } from './details/DeveloperDetails.js'

/** Props of {@link PageError}. */
export interface PageErrorProps {
  /**
   * The rate-limit scope whose cooldown the countdown shows.
   * @default the origin of the failed request, the client's default scope; for a wait the client
   *   takes itself, any scope
   */
  scope?: string
  /**
   * Shows code, developer message and request id under the banner (development builds only).
   * @default true
   */
  developerDetails?: boolean
  /**
   * Sends the user to sign in: the action of a banner for a 401 (an app that does not end the
   * session on it, or a request sent while signed out). Without it such a banner offers no
   * action but Dismiss, never a Try again that would meet the same 401.
   * @default none: no Sign in action
   */
  onSignIn?: (() => void) | undefined
  /**
   * The text of the sign-in action.
   * @default 'Sign in'
   */
  signInLabel?: string
  /**
   * A `Retry-After` the client waits out itself (within its `maxRetryAfterMs`) is shown as a
   * countdown, with no button, once it is longer than this: the user sees why nothing happens
   * rather than a silent spinner. `Infinity` never shows those waits.
   * @default 1000
   */
  showWaitsOverMs?: number
  /** A class for the banner or countdown. @default none */
  className?: string
}

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined
  } catch {
    return undefined
  }
}

const heldStart = (seconds: number) =>
  `Too many requests. Trying again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`

/**
 * The page-level error of the nearest `ApiErrorProvider`, wherever on the page it came from: a
 * `RateLimitCountdown` for a rate limit with a wait (on the client's cooldown, so every
 * countdown of the API agrees), an `ErrorBanner` for the rest (permission, not found, a failed
 * first load, a rate limit that names no wait). Each offers the action that can help: Try again
 * where another attempt may succeed (it closes the notice and retries the failed call), Sign in
 * for a 401 when `onSignIn` is given, nothing but Dismiss for a 403 or a 404 (a countdown has
 * its Dismiss too). With no error to show, it counts down a `Retry-After` the client is waiting
 * out by itself, so a wait the user notices is never silent.
 *
 * @example
 * <ApiErrorProvider client={api} hub={hub} channels={uiChannels}>
 *   <PageError onSignIn={() => navigate('/sign-in')} />
 *   <App />
 * </ApiErrorProvider>
 */
export function PageError({
  scope,
  developerDetails = true,
  onSignIn,
  signInLabel = 'Sign in',
  showWaitsOverMs = 1000,
  className,
}: PageErrorProps) {
  const context = useContext(ApiErrorContext)
  const client = context?.client
  const hub = context?.hub
  const { error, notice } = useApiError()
  const held = useHeldWait(client?.rateLimits, scope, showWaitsOverMs)
  const retry = notice?.retry
  const id = notice?.id
  const retryAndClose = useMemo(
    () =>
      retry &&
      id !== undefined &&
      (() => {
        // Over, not dismissed: a notice it covered is still true and shows again.
        hub?.resolve(id)
        retry()
      }),
    [retry, id, hub],
  )
  const dismiss = useMemo(() => (id === undefined ? undefined : () => hub?.dismiss(id)), [id, hub])
  // Without a client (or its cooldown), the wait is the error's own, from when it arrived.
  const until = useMemo(() => {
    const wait = notice?.error.retryAfterMs
    return wait !== undefined && wait > 0 && Number.isFinite(wait) ? Date.now() + wait : undefined
  }, [notice])
  if (!error || !notice) {
    if (!held || !client) return null
    return (
      <RateLimitCountdown
        scope={held.scope}
        cooldowns={client.rateLimits}
        waitingText="Too many requests. Trying again in"
        readyText="Trying again…"
        startAnnouncement={heldStart}
        data-held=""
        className={className}
      />
    )
  }
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
          onRetry={retryAndClose || undefined}
          onDismiss={dismiss}
          className={className}
        />
      )
    }
    // A 429 with no wait to count (no Retry-After) would be a silent "try again now": a banner
    // says what happened instead, and is announced.
    if (until !== undefined) {
      return (
        <RateLimitCountdown
          until={until}
          onRetry={retryAndClose || undefined}
          onDismiss={dismiss}
          className={className}
        />
      )
    }
  }
  const signIn = error.kind === 'auth' ? onSignIn : undefined
  return (
    <ErrorBanner
      error={error}
      onRetry={signIn ?? (retryAndClose || undefined)}
      retryLabel={signIn ? signInLabel : undefined}
      onDismiss={dismiss}
      className={className}
    >
      {developerDetails && <DeveloperDetails error={error} />}
    </ErrorBanner>
  )
}
