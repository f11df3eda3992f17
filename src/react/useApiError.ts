import { useCallback, useSyncExternalStore } from 'react'
import type { ApiError } from '../core/ApiError.js'
import type { ErrorNotice } from './routing/channels.js'
import { useApiErrorContext } from './useErrorHub.js'

/** What {@link useApiError} returns. */
export interface PageErrorState {
  /** The page-level error on show (banner or countdown), if any. */
  error: ApiError | undefined
  /** Its notice: channel, merge count, retry. */
  notice: ErrorNotice | undefined
  /**
   * Closes the page-level error on show and the older ones it covers, as the user's Dismiss
   * does: none of them comes back. The same function for the life of the provider, so an effect
   * may list it as a dependency (and call it on route change).
   */
  dismiss: () => void
}

/**
 * The current page-level error (routed to the banner or countdown channel) and a way to
 * dismiss it. Only components that call it re-render when it changes. A query's error goes by
 * itself once the query succeeds or no component on screen watches it any more.
 *
 * @example
 * const { error, notice, dismiss } = useApiError()
 * return error ? <ErrorBanner error={error} onRetry={notice?.retry} onDismiss={dismiss} /> : null
 */
export function useApiError(): PageErrorState {
  const { hub } = useApiErrorContext('useApiError')
  const notice = useSyncExternalStore(hub.subscribe, hub.getPageError, hub.getPageError)
  // Every other page-level notice is older than the one on show: dismissing it clears them all.
  const dismiss = useCallback(() => hub.dismiss(), [hub])
  return { error: notice?.error, notice, dismiss }
}
