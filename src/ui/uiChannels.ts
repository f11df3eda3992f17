import type { ChannelHandlers } from '../react/routing/createErrorHub.js'
import { toast, type ToastApi } from './toast/toast.js'
import { createShownIds } from './createShownIds.js'
import { toastPoliteness } from './toastPoliteness.js'

/** Options of {@link createUiChannels}. */
export interface UiChannelsOptions {
  /**
   * The text of the Try again action on toasts of errors another attempt may fix.
   * @default 'Try again'
   */
  retryLabel?: string
  /**
   * Sends the user to sign in: the action of the toast that says the session ended. Leave it
   * out when the app already goes to its sign-in page by itself (`onSessionExpired`, a protected
   * route), where a Sign in button would lead nowhere new.
   * @default none: the toast says what happened, with no action
   */
  signIn?: (() => void) | undefined
  /**
   * The text of the sign-in action.
   * @default 'Sign in'
   */
  signInLabel?: string
  /**
   * What the session toast says when the error that ended the session has no words of its own
   * for it (a token the server refused reads "Please sign in to continue.", which does not say
   * why the user is out). An expired session keeps its own message.
   * @default 'Your session has ended. Please sign in again.'
   */
  sessionEndedMessage?: string
}

/** Codes whose own user message says the session expired. */
const EXPIRY =
  /^auth\/(?:access-token-expired|invalid-refresh-token|session-expired|token-expired)$/

/**
 * Channel handlers for `ApiErrorProvider` that show toast-routed errors with this entry's
 * toasts (with a Try again action where another attempt may succeed), announced assertively
 * when what the user did failed (a mutation) and politely for a query that failed over data
 * still shown and for validation errors. A session that ended is one assertive toast, however
 * many requests failed with it (send the user to sign in with the provider's `onSessionExpired`,
 * or give `signIn` for a Sign in action on it). Banner and countdown errors need
 * no handler: render `<ErrorBanner>` or `<RateLimitCountdown>` from `useApiError()`.
 *
 * @example
 * const channels = createUiChannels(createToast(myStore), { signIn: () => router.navigate('/sign-in') })
 * <ApiErrorProvider channels={channels}>...</ApiErrorProvider>
 */
export function createUiChannels(
  api: ToastApi = toast,
  options: UiChannelsOptions = {},
): ChannelHandlers {
  const {
    retryLabel = 'Try again',
    signIn,
    signInLabel = 'Sign in',
    sessionEndedMessage = 'Your session has ended. Please sign in again.',
  } = options
  const shown = createShownIds()
  return {
    // Repeats reach the handler each time; the toast store merges them into one notice.
    toast: (notice) =>
      shown.add(
        api.error(notice.error, {
          action: notice.retry && { label: retryLabel, onClick: notice.retry },
          politeness: toastPoliteness(notice),
        }),
      ),
    // The user is signed out in the middle of what they were doing: say so at once, whatever
    // `onSessionExpired` then does (a sign-in page, a dialog).
    session: ({ error }) =>
      shown.add(
        api.error(EXPIRY.test(error.code) ? error : sessionEndedMessage, {
          politeness: 'assertive',
          action: signIn && { label: signInLabel, onClick: signIn },
        }),
      ),
    // The old user's toasts go, and with them any Try again that would act as the next user;
    // the app's own toasts stay.
    forget: () => shown.take().forEach((id) => api.dismiss(id)),
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
