import type { ApiError } from '../../core/ApiError.js'
import { isApiError } from '../../core/isApiError.js'
import { MAX_TIMER_MS } from '../../core/utils/maxTimerMs.js'
import { toastMessage } from './toastMessage.js'

/** What a notice is about; errors are announced assertively, the others politely. */
export type ToastType = 'error' | 'info' | 'success'

/** How a notice is announced: `assertive` interrupts what a screen reader is saying. */
export type ToastPoliteness = 'assertive' | 'polite'

/** A button on a notice, such as Retry or Sign in again. Clicking it also closes the notice. */
export interface ToastAction {
  /** The button's text. */
  label: string
  /** Called when the button is clicked. */
  onClick: () => void
  /**
   * How screen readers are told to reach the action (it is not focused for them).
   * @default the label
   */
  altText?: string | undefined
}

/** Options of `toast.error`, `toast.info` and `toast.success`. */
export interface ToastOptions {
  /** A stable id: raising a notice with the id of an open one updates it in place. */
  id?: string | undefined
  /** A short title above the message. */
  title?: string | undefined
  /**
   * Milliseconds before the notice closes by itself; `Infinity` (or more than a timer can wait,
   * 24.8 days) keeps it until dismissed. NaN, zero and negative values mean the default.
   * @default 8000 for errors, 5000 for the others
   */
  duration?: number | undefined
  /** A button on the notice. */
  action?: ToastAction | undefined
  /**
   * How screen readers announce the notice. Make an error `polite` when it does not answer
   * something the user just did (a background refresh failed over data still shown), so it
   * waits for the screen reader to finish rather than cutting it off.
   * @default 'assertive' for errors, 'polite' for the others
   */
  politeness?: ToastPoliteness | undefined
}

/** One notice, as the store holds it. Items are immutable: a change makes a new object. */
export interface ToastItem {
  readonly id: string
  readonly type: ToastType
  readonly title: string | undefined
  /** The text shown: an error's `userMessage`, never its `message` or `devMessage`. */
  readonly message: string
  /** The error the notice was raised for, if any. */
  readonly error: ApiError | undefined
  /** How many times the same error was raised while this notice was open. */
  readonly count: number
  readonly duration: number
  readonly action: ToastAction | undefined
  /** How the notice is announced, once, when it appears. */
  readonly politeness: ToastPoliteness
  /** False once dismissed: the toaster is animating it out and then removes it. */
  readonly open: boolean
  /** Repeats with the same key merge into this notice (errors only). */
  readonly mergeKey: string | undefined
}

/** Options of {@link createToastStore}. */
export interface ToastStoreOptions {
  /**
   * How many notices the store holds at once (shown, queued and closing). Past it, closed
   * notices go first, then the oldest open ones, so a burst of errors or a toaster that never
   * mounts (a server render, a page without `<Toaster />`) cannot grow it without end.
   * @default 20
   */
  limit?: number
  /**
   * How many notices `getHistory()` keeps, newest last.
   * @default 50
   */
  historyLimit?: number
  /**
   * Default duration of error notices, in milliseconds.
   * @default 8000
   */
  errorDuration?: number
  /**
   * Default duration of info and success notices, in milliseconds.
   * @default 5000
   */
  duration?: number
}

/** The notices of one toaster, observable from anywhere (a query cache callback, a module). */
export interface ToastStore {
  /** Raises a notice, or merges it into an open one; returns the id of the notice shown. */
  add(type: ToastType, content: unknown, options?: ToastOptions): string
  /** Closes one notice, or every notice when `id` is left out. */
  dismiss(id?: string): void
  /** Drops a closed notice once the toaster has animated it out. Open notices are kept. */
  remove(id: string): void
  /** Open and closing notices, oldest first; the array is the same object until a change. */
  getSnapshot(): readonly ToastItem[]
  /** The last notices raised (see `historyLimit`), with their final counts. */
  getHistory(): readonly ToastItem[]
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

let lastId = 0

// A timer given more than it can wait fires at once: such a notice stays until dismissed.
const usableDuration = (value: number | undefined, fallback: number) =>
  value === undefined || !(value > 0) ? fallback : value > MAX_TIMER_MS ? Infinity : value

/**
 * Creates a {@link ToastStore}. It keeps notices raised before any toaster mounts, so a
 * toaster that mounts later shows them.
 *
 * @example
 * const store = createToastStore({ historyLimit: 20 })
 * store.add('error', apiError, { action: { label: 'Try again', onClick: refetch } })
 */
export function createToastStore(options: ToastStoreOptions = {}): ToastStore {
  const { limit = 20, historyLimit = 50 } = options
  const errorDuration = usableDuration(options.errorDuration, 8000)
  const duration = usableDuration(options.duration, 5000)
  const listeners = new Set<() => void>()
  let items: readonly ToastItem[] = []
  let history: readonly ToastItem[] = []

  const commit = (next: readonly ToastItem[], changed: ToastItem) => {
    let excess = next.length - Math.max(1, limit)
    if (excess > 0) {
      const closed = next.filter((item) => !item.open).slice(0, excess)
      excess -= closed.length
      const dropped = new Set([...closed, ...next.filter((item) => item.open).slice(0, excess)])
      next = next.filter((item) => !dropped.has(item))
    }
    items = next
    const rest = history.filter((item) => item.id !== changed.id)
    history = [...rest, changed].slice(-historyLimit)
    for (const listener of [...listeners]) listener()
  }
  const replace = (item: ToastItem) =>
    commit(
      items.map((current) => (current.id === item.id ? item : current)),
      item,
    )

  return {
    add(type, content, options = {}) {
      const error = isApiError(content) ? content : undefined
      const message = toastMessage(content)
      const mergeKey =
        type === 'error' ? `${error?.code ?? ''}|${error?.status ?? ''}|${message}` : undefined
      const existing = items.find((item) =>
        options.id === undefined
          ? item.open && mergeKey !== undefined && item.mergeKey === mergeKey
          : item.id === options.id,
      )
      const item: ToastItem = {
        id: existing?.id ?? options.id ?? `aek-toast-${++lastId}`,
        type,
        title: options.title,
        message,
        error,
        count: existing?.open && existing.mergeKey === mergeKey ? existing.count + 1 : 1,
        duration: usableDuration(options.duration, type === 'error' ? errorDuration : duration),
        // A repeat without its own action keeps the action of the first notice.
        action: options.action ?? existing?.action,
        politeness: options.politeness ?? (type === 'error' ? 'assertive' : 'polite'),
        open: true,
        mergeKey,
      }
      if (existing) replace(item)
      else commit([...items, item], item)
      return item.id
    },
    dismiss(id) {
      for (const item of items) {
        if (item.open && (id === undefined || item.id === id)) replace({ ...item, open: false })
      }
    },
    remove(id) {
      const item = items.find((current) => current.id === id)
      if (!item || item.open) return
      items = items.filter((current) => current !== item)
      for (const listener of [...listeners]) listener()
    },
    getSnapshot: () => items,
    getHistory: () => history,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The store behind {@link toast} and the default `<Toaster />`. */
export const toastStore: ToastStore = createToastStore()
