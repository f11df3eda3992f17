import { toastStore, type ToastOptions, type ToastStore } from './toastStore.js'

/** The imperative toast API: callable anywhere, before or after the toaster mounts. */
export interface ToastApi {
  /**
   * Shows an error: anything a `catch` block holds. An `ApiError` shows its `userMessage` (never
   * its `message` or `devMessage`), a string itself; any other thrown value is decoded to the
   * message of its kind (fetch's network failure, a timeout, an abort) or of an unknown error,
   * never its own text. A repeat of an open error (same code, status and message) adds to its
   * count.
   */
  error(error: unknown, options?: ToastOptions): string
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
 * queryCache.onError = (error) => toast.error(error, { action: { label: 'Try again', onClick: refetch } })
 */
export const toast: ToastApi = createToast(toastStore)
