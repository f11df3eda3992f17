'use client'

import { memo, useEffect, useRef } from 'react'
import { Toast } from 'radix-ui'
import { MAX_TIMER_MS } from '../../core/utils/maxTimerMs.js'
import { VisuallyHidden } from '../utils/VisuallyHidden.js'
import type { ToastItem, ToastStore } from './toastStore.js'
import { useSeenInVisibleTab } from './useSeenInVisibleTab.js'
import { useUpdateAnnouncement } from './useUpdateAnnouncement.js'
import { Isolated } from '../utils/Isolated.js'

/** Props of one notice inside the toaster. */
export interface ToastNoticeProps {
  item: ToastItem
  store: ToastStore
  closeLabel: string
  /** Read before the notice's text when an update is announced, as Radix does on mount. */
  label: string
}

/** Tells its notice when Radix unmounts the content, which happens after the exit animation. */
function UnmountSignal({ onMount, onUnmount }: { onMount: () => void; onUnmount: () => void }) {
  useEffect(() => {
    onMount()
    return onUnmount
  }, [onMount, onUnmount])
  return null
}

/**
 * One notice on Radix `Toast.Root`. Memoised on the immutable item, so raising a notice
 * renders only the new one. Radix announces a notice once, from the text it has when it
 * mounts; a merged repeat keeps the same root, so only the visible count changes, and new
 * text given through the notice's id is announced once from a live region of its own.
 */
export const ToastNotice = memo(function ToastNotice({
  item,
  store,
  closeLabel,
  label,
}: ToastNoticeProps) {
  const contentMounted = useRef(false)
  const seen = useSeenInVisibleTab()
  const update = useUpdateAnnouncement([label, item.title, item.message].filter(Boolean).join(' '))
  const callbacks = useRef({
    onMount: () => void (contentMounted.current = true),
    onUnmount: () => {
      contentMounted.current = false
      store.remove(item.id)
    },
  }).current

  useEffect(() => {
    // A notice dismissed while queued never mounted content, so nothing else removes it.
    if (!item.open && !contentMounted.current) store.remove(item.id)
  }, [item.open, item.id, store])

  const { action } = item
  // Radix restarts the close timer when `duration` changes: a repeat shows the notice afresh,
  // and a notice raised in a hidden tab starts its time when the tab shows.
  const duration =
    !seen || item.duration === Infinity
      ? Infinity
      : Math.min(item.duration + item.count - 1, MAX_TIMER_MS)
  return (
    <Toast.Root
      className="aek-toast"
      type={item.politeness === 'assertive' ? 'foreground' : 'background'}
      duration={duration}
      open={item.open}
      onOpenChange={(open) => !open && store.dismiss(item.id)}
      data-type={item.type}
      data-kind={item.error?.kind}
      data-count={item.count}
    >
      <UnmountSignal onMount={callbacks.onMount} onUnmount={callbacks.onUnmount} />
      {/* In the page, empty, from the start: a live region is read when its text changes. */}
      <VisuallyHidden
        role="status"
        aria-live={item.politeness}
        aria-atomic
        data-radix-toast-announce-exclude=""
      >
        {update}
      </VisuallyHidden>
      {item.title && (
        <Toast.Title className="aek-toast-title">
          <Isolated>{item.title}</Isolated>
        </Toast.Title>
      )}
      {/* Radix announces the text nodes it finds joined as they are: spaces keep the title, the
          message and the action's text apart (a grid ignores white-space-only text). */}
      {item.title && ' '}
      <Toast.Description className="aek-toast-message">
        {/* Isolated: a bidi control in the server's text must not reverse the count after it. */}
        <Isolated>{item.message}</Isolated>
        {item.count > 1 && <span className="aek-toast-count">{` ×${item.count}`}</span>}
      </Toast.Description>
      {action && ' '}
      {action && (
        <Toast.Action
          className="aek-button aek-toast-action"
          altText={action.altText ?? action.label}
          onClick={action.onClick}
        >
          {action.label}
        </Toast.Action>
      )}
      <Toast.Close className="aek-toast-close" aria-label={closeLabel}>
        <span aria-hidden="true">×</span>
      </Toast.Close>
    </Toast.Root>
  )
})
