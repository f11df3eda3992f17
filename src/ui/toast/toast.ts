import type { ApiError } from '../../core/ApiError.js'
import { toastStore, type ToastOptions, type ToastStore } from './toastStore.js'

/** The imperative toast API: callable anywhere, before or after the toaster mounts. */
export interface ToastApi {
  /**
   * Shows an error: an `ApiError`'s `userMessage` (never its `message` or `devMessage`) or a
   * string. Any other value (a plain `Error`) shows the English default message for an unknown
   * error, never its own text. A repeat of an open error (same code, status and message) adds to
   * its count.
   */
  error(error: ApiError | string, options?: ToastOptions): string
  /** Shows an informational notice. */
  info(text: string, options?: ToastOptions): string
  /** Shows a success notice. */
  success(text: string, options?: ToastOptions): string
  /** Closes one notice, or all of them when `id` is left out. */
  dismiss(id?: string): void
}

/**
 * Binds the toast API to a store; `toast` is this bound to the shared {@link toastStore}.
 *
 * @example
 * const store = createToastStore()
 * const notify = createToast(store) // render <Toaster store={store} />
 * notify.error(apiError)
 */
export function createToast(store: ToastStore): ToastApi {
  return {
    error: (error, options) => store.add('error', error, options),
    info: (text, options) => store.add('info', text, options),
    success: (text, options) => store.add('success', text, options),
    dismiss: (id) => store.dismiss(id),
  }
}

/**
 * Raises notices in the shared store that `<Toaster />` shows.
 *
 * @example
 * queryCache.onError = (error) => toast.error(error, { action: { label: 'Retry', onClick: refetch } })
 */
export const toast: ToastApi = createToast(toastStore)
