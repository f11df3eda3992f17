'use client'

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
  /** Dismisses it. */
  dismiss: () => void
}

/**
 * The current page-level error (routed to the banner or countdown channel) and a way to
 * dismiss it. Only components that call it re-render when it changes.
 *
 * @example
 * const { error, notice, dismiss } = useApiError()
 * return error ? <ErrorBanner error={error} onRetry={notice?.retry} onDismiss={dismiss} /> : null
 */
export function useApiError(): PageErrorState {
  const { hub } = useApiErrorContext('useApiError')
  const notice = useSyncExternalStore(hub.subscribe, hub.getPageError, hub.getPageError)
  const dismiss = useCallback(() => hub.dismiss(notice?.id), [hub, notice])
  return { error: notice?.error, notice, dismiss }
}
