import type { ChannelHandlers } from '../react/routing/createErrorHub.js'
import type { ErrorNotice } from '../react/routing/channels.js'
import type { ToastPoliteness } from './toast/toastStore.js'
import { createShownIds } from './createShownIds.js'
import { toastPoliteness } from './toastPoliteness.js'

/** What {@link createToasterChannels} passes to your toaster with each error. */
export interface ToasterErrorOptions {
  /**
   * The notice's id, the same for repeats the hub merged: a toaster that updates the toast of a
   * known id (sonner does) shows a repeat as one toast, and announces it once.
   */
  id: string
  /** A Retry action, when the failed call can be retried. */
  action?: { label: string; onClick: () => void } | undefined
  /**
   * How urgently to announce it: `assertive` for what the user did and that failed (a mutation),
   * a session that ended; `polite` for a failed refetch over data still shown and validation errors.
   * sonner has one polite live region and no per-toast setting, so with sonner all are polite.
   */
  politeness: ToastPoliteness
}

/**
 * The toaster an app already has, as the kit needs it: sonner's `toast` fits as it is, and any
 * other toaster fits through a small wrapper. The message is the error's `userMessage` (never its
 * server or developer message); show it as text.
 */
export interface ExternalToaster {
  /** Shows an error toast with `message`. */
  error(message: string, options: ToasterErrorOptions): unknown
  /**
   * Closes the toast of `id` (sonner's `toast.dismiss`): when the session is over, the old
   * user's toasts go, and with them any Retry that would act as the next user.
   */
  dismiss?(id: string): unknown
}

/** Options of {@link createToasterChannels}. */
export interface ToasterChannelsOptions {
  /** The text of the Retry action on toasts of errors that can be retried. @default 'Try again' */
  retryLabel?: string
}

/**
 * Channel handlers for `ApiErrorProvider` that show the hub's toast-routed errors and the end of a
 * session with the app's own toaster (sonner's `toast`, or any {@link ExternalToaster}), so an app
 * keeps one toaster: no `<Toaster />` of this entry is needed. Banner and countdown errors are
 * unchanged: render `<ErrorBanner>` or `<RateLimitCountdown>` from `useApiError()`.
 *
 * @example
 * import { toast, Toaster } from 'sonner'
 * const channels = createToasterChannels(toast)
 * <ApiErrorProvider client={api} channels={channels}>
 *   <App />
 *   <Toaster />
 * </ApiErrorProvider>
 */
export function createToasterChannels(
  toaster: ExternalToaster,
  options: ToasterChannelsOptions = {},
): ChannelHandlers {
  if (typeof toaster?.error !== 'function') {
    throw new TypeError(
      "createToasterChannels needs a toaster with an error(message, options) method, such as sonner's toast.",
    )
  }
  const { retryLabel = 'Try again' } = options
  const shown = createShownIds()
  const show = (notice: ErrorNotice, politeness: ToastPoliteness) => {
    toaster.error(notice.error.userMessage, {
      id: notice.id,
      action: notice.retry && { label: retryLabel, onClick: notice.retry },
      politeness,
    })
    shown.add(notice.id)
  }
  return {
    toast: (notice) => show(notice, toastPoliteness(notice)),
    session: (notice) => show(notice, 'assertive'),
    forget: () => shown.take().forEach((id) => toaster.dismiss?.(id)),
  }
}
