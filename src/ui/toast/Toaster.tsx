import { useRef, useSyncExternalStore } from 'react'
import { Toast } from 'radix-ui'
import { cx } from '../utils/cx.js'
import { ToastNotice } from './ToastNotice.js'
import { toastStore, type ToastItem, type ToastStore } from './toastStore.js'
import { usePauseWhenHidden } from './usePauseWhenHidden.js'

/** Props of {@link Toaster}. */
export interface ToasterProps {
  /**
   * The store to show.
   * @default the shared `toastStore` that `toast` writes to
   */
  store?: ToastStore
  /**
   * How many notices show at once; the rest wait in a queue.
   * @default 3
   */
  maxVisible?: number
  /**
   * Read before each announcement, so listeners know where it comes from.
   * @default 'Notification'
   */
  label?: string
  /**
   * The viewport's accessible name; `{hotkey}` is replaced with the hotkey.
   * @default 'Notifications ({hotkey})'
   */
  viewportLabel?: string
  /**
   * Keys that move focus to the notices.
   * @default ['F8']
   */
  hotkey?: string[]
  /**
   * The direction of the swipe that dismisses a notice.
   * @default 'right'
   */
  swipeDirection?: 'up' | 'down' | 'left' | 'right'
  /**
   * The accessible name of each notice's close button.
   * @default 'Dismiss'
   */
  closeLabel?: string
  /** A class name for the viewport (the list of notices). */
  className?: string
}

const none: readonly ToastItem[] = []
const serverSnapshot = () => none

/**
 * Shows the notices raised with `toast`, on Radix Toast: pause on hover, focus, window blur
 * and hidden tab, F8 to reach them, swipe to dismiss; each notice announced once, errors
 * assertively and other notices politely unless raised with `politeness`. Mount it once, near
 * the root.
 *
 * @example
 * <Toaster maxVisible={3} />
 * // anywhere, even before it mounts:
 * toast.error(apiError, { action: { label: 'Try again', onClick: refetch } })
 */
export function Toaster({
  store = toastStore,
  maxVisible = 3,
  label,
  viewportLabel,
  hotkey,
  swipeDirection,
  closeLabel = 'Dismiss',
  className,
}: ToasterProps) {
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot)
  const viewportRef = useRef<HTMLOListElement>(null)
  usePauseWhenHidden(viewportRef)

  let openShown = 0
  // Closing notices stay until their exit animation ends; queued ones wait for a free slot.
  const shown = items.filter((item) => !item.open || openShown++ < maxVisible)
  return (
    <Toast.Provider
      {...(label === undefined ? {} : { label })}
      {...(swipeDirection === undefined ? {} : { swipeDirection })}
    >
      {shown.map((item) => (
        <ToastNotice
          key={item.id}
          item={item}
          store={store}
          closeLabel={closeLabel}
          label={label ?? 'Notification'}
        />
      ))}
      <Toast.Viewport
        ref={viewportRef}
        className={cx('aek-toaster', className)}
        data-queued={items.length - shown.length}
        {...(viewportLabel === undefined ? {} : { label: viewportLabel })}
        {...(hotkey === undefined ? {} : { hotkey })}
      />
    </Toast.Provider>
  )
}
