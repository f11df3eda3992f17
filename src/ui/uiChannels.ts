import type { ChannelHandlers } from '../react/routing/createErrorHub.js'
import { toast, type ToastApi } from './toast/toast.js'
import { toastPoliteness } from './toastPoliteness.js'

/** Options of {@link createUiChannels}. */
export interface UiChannelsOptions {
  /**
   * The text of the Retry action on toasts of errors that can be retried.
   * @default 'Try again'
   */
  retryLabel?: string
}

/**
 * Channel handlers for `ApiErrorProvider` that show toast-routed errors with this entry's
 * toasts (with a Retry action when the failed call can be retried), announced assertively
 * when what the user did failed (a mutation) and politely for a query that failed over data
 * still shown and for validation errors. A session that ended is an assertive toast too (send
 * the user to sign in with the provider's `onSessionExpired`). Banner and countdown errors need
 * no handler: render `<ErrorBanner>` or `<RateLimitCountdown>` from `useApiError()`.
 *
 * @example
 * const channels = createUiChannels(createToast(myStore), { retryLabel: 'Retry' })
 * <ApiErrorProvider channels={channels}>...</ApiErrorProvider>
 */
export function createUiChannels(
  api: ToastApi = toast,
  options: UiChannelsOptions = {},
): ChannelHandlers {
  const { retryLabel = 'Try again' } = options
  return {
    // Repeats reach the handler each time; the toast store merges them into one notice.
    toast: (notice) =>
      void api.error(notice.error, {
        action: notice.retry && { label: retryLabel, onClick: notice.retry },
        politeness: toastPoliteness(notice),
      }),
    // The user is signed out in the middle of what they were doing: say so at once, whatever
    // `onSessionExpired` then does (a sign-in page, a dialog).
    session: ({ error }) => void api.error(error, { politeness: 'assertive' }),
  }
}

/**
 * The default channel handlers, bound to the shared `toast`.
 *
 * @example
 * <ApiErrorProvider client={api} channels={uiChannels}>
 *   <App />
 *   <Toaster />
 * </ApiErrorProvider>
 */
export const uiChannels: ChannelHandlers = createUiChannels()
