'use client'

import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react'
import { cx } from '../utils/cx.js'
import { useReturnFocusOnLeave } from '../utils/useReturnFocusOnLeave.js'
import { VisuallyHidden } from '../utils/VisuallyHidden.js'
import { formatSeconds } from './formatSeconds.js'
import { useRetryCountdown, type RetryCountdownInput } from './useRetryCountdown.js'
import { Isolated } from '../utils/Isolated.js'

/** Props of {@link RateLimitCountdown}: a deadline or a scope, and what to say and do. */
export type RateLimitCountdownProps = RetryCountdownInput &
  Omit<HTMLAttributes<HTMLDivElement>, 'children'> & {
    /** Shows a Try again button, `aria-disabled` (still focusable) and described by the wait until the deadline. */
    onRetry?: (() => void) | undefined
    /** Shows a Dismiss button that calls this: the user may close the notice before its wait ends. */
    onDismiss?: (() => void) | undefined
    /**
     * The Dismiss button's text.
     * @default 'Dismiss'
     */
    dismissLabel?: string
    /**
     * Calls `onRetry` once when the deadline passes.
     * @default false
     */
    autoRetry?: boolean
    /**
     * The Try again button's text.
     * @default 'Try again'
     */
    retryLabel?: string
    /**
     * The visible text before the seconds.
     * @default 'Too many requests. Try again in'
     */
    waitingText?: string
    /**
     * The visible text, and the announcement, once the wait is over.
     * @default 'You can try again now.'
     */
    readyText?: string
    /**
     * The announcement when the wait starts.
     * @default seconds => `Too many requests. You can try again in ${seconds} seconds.`
     */
    startAnnouncement?: (seconds: number) => string
  }

const defaultStart = (seconds: number) =>
  `Too many requests. You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`

/**
 * The wait after a 429: the seconds left (`role="timer"`, not live, so not read every
 * second), one polite announcement when the wait starts and one when it ends, and a Try again
 * button that ignores clicks until the deadline (and a Dismiss with `onDismiss`). Only this
 * component re-renders, once a second. When it leaves with focus on one of its buttons, focus
 * goes back to where it came from.
 *
 * @example
 * <RateLimitCountdown scope="https://api.example.com" cooldowns={cooldowns} onRetry={refetch} />
 * <RateLimitCountdown until={Date.now() + error.retryAfterMs} autoRetry onRetry={refetch} />
 */
export const RateLimitCountdown = forwardRef<HTMLDivElement, RateLimitCountdownProps>(
  function RateLimitCountdown(props, ref) {
    const {
      until: _until,
      scope,
      cooldowns,
      onRetry,
      onDismiss,
      dismissLabel = 'Dismiss',
      autoRetry = false,
      retryLabel = 'Try again',
      waitingText = 'Too many requests. Try again in',
      readyText = 'You can try again now.',
      startAnnouncement = defaultStart,
      className,
      ...rest
    } = props
    const { secondsLeft, waiting } = useRetryCountdown(
      cooldowns ? { scope, cooldowns } : { until: _until },
    )
    const returnFocus = useReturnFocusOnLeave(true, rest)
    const textId = useId()
    const [announcement, setAnnouncement] = useState('')
    const latest = useRef({ secondsLeft, readyText, startAnnouncement, autoRetry, onRetry })
    const wasWaiting = useRef(false)

    useEffect(() => {
      latest.current = { secondsLeft, readyText, startAnnouncement, autoRetry, onRetry }
    })
    // The text changes twice per wait: screen readers announce the start and the end once each.
    useEffect(() => {
      const current = latest.current
      let text: string | undefined
      if (waiting) text = current.startAnnouncement(current.secondsLeft)
      else if (wasWaiting.current) {
        text = current.readyText
        if (current.autoRetry) current.onRetry?.()
      }
      wasWaiting.current = waiting
      if (text === undefined) return
      // Text that a live region already has when it appears is not read: a countdown mounted
      // with the error fills its region a frame later, once the region is in the page.
      const frame = requestAnimationFrame(() => setAnnouncement(text))
      return () => cancelAnimationFrame(frame)
    }, [waiting])

    return (
      <div
        {...rest}
        ref={ref}
        className={cx('aek-countdown', className)}
        data-state={waiting ? 'waiting' : 'ready'}
        {...returnFocus}
      >
        <p className="aek-countdown-text" id={textId}>
          {waiting ? (
            <>
              <Isolated>{waitingText}</Isolated>{' '}
              {/* The server's second is older than the client's: hydrating must not fail on it.
                  Left to right, as clocks read in every script, apart from the text around it. */}
              <span
                role="timer"
                aria-live="off"
                dir="ltr"
                className="aek-countdown-timer"
                suppressHydrationWarning
              >
                {formatSeconds(secondsLeft)}
              </span>
            </>
          ) : (
            <Isolated>{readyText}</Isolated>
          )}
        </p>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        {onRetry && (
          <button
            type="button"
            className="aek-button"
            aria-disabled={waiting}
            // A dimmed button says why: the wait is read when it is reached.
            aria-describedby={waiting ? textId : undefined}
            onClick={() => !waiting && onRetry()}
          >
            {retryLabel}
          </button>
        )}
        {onDismiss && (
          <button type="button" className="aek-button" data-variant="quiet" onClick={onDismiss}>
            {dismissLabel}
          </button>
        )}
      </div>
    )
  },
)
