import type { ErrorNotice } from '../react/routing/channels.js'
import type { ToastPoliteness } from './toast/toastStore.js'

/**
 * How a toast-routed error is announced. A query's error here failed over data still shown (a
 * refetch, a poll): nothing the user is waiting on, so it does not cut off what the screen reader
 * is saying. Nor does a validation error, which asks to correct the input rather than to stop.
 * What the user did and that failed (a mutation) interrupts.
 */
export const toastPoliteness = ({ error, source }: ErrorNotice): ToastPoliteness =>
  source === 'query' || error.kind === 'validation' ? 'polite' : 'assertive'
