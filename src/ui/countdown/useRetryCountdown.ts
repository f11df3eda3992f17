'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import type { CooldownStore } from '../../core/client/retry/cooldowns.js'

/** What a countdown waits for: a deadline, or the cooldown of a scope in the client's store. */
export type RetryCountdownInput =
  | {
      /**
       * The deadline in epoch milliseconds; `undefined` when there is nothing to wait for. A
       * deadline that is not a finite number (NaN, Infinity) counts as none.
       */
      until: number | undefined
      scope?: never
      cooldowns?: never
    }
  | {
      /** The rate-limited scope (an origin by default). */
      scope: string
      /** The client's cooldown store: every countdown of a scope shows its one deadline. */
      cooldowns: CooldownStore
      until?: never
    }

/** What {@link useRetryCountdown} returns. */
export interface RetryCountdown {
  /** The deadline in epoch milliseconds, if there is one (and it is a finite number). */
  until: number | undefined
  /** Whole seconds left, rounded up; 0 once the deadline has passed. */
  secondsLeft: number
  /** True until the deadline. */
  waiting: boolean
}

const subscribeToNothing = () => () => {}
const secondsUntil = (until: number | undefined) =>
  until === undefined ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000))

/**
 * Counts down to a deadline, re-rendering only its caller and only when the shown second
 * changes. The time left is always `until - Date.now()` (a tab in the background throttles
 * timers, so counting ticks drifts), recomputed on each tick and when the tab shows again.
 *
 * @example
 * const { secondsLeft, waiting } = useRetryCountdown({ scope: origin, cooldowns })
 * return <button aria-disabled={waiting}>{waiting ? `Wait ${secondsLeft}s` : 'Try again'}</button>
 */
export function useRetryCountdown(input: RetryCountdownInput): RetryCountdown {
  const { cooldowns, scope } = input
  const fromStore = useSyncExternalStore(
    cooldowns ? cooldowns.subscribe : subscribeToNothing,
    // getAll() is a stable snapshot; get() may drop an expired entry and notify mid-render.
    () => cooldowns?.getAll().find((cooldown) => cooldown.scope === scope)?.until,
    () => undefined,
  )
  const given = cooldowns ? fromStore : input.until
  // NaN (a wait read from nothing) or an infinite one cannot be counted: no wait, not "NaN:NaN".
  const until = given !== undefined && Number.isFinite(given) ? given : undefined
  const [tick, setTick] = useState(() => ({ until, seconds: secondsUntil(until) }))

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const update = () => {
      clearTimeout(timer)
      const remaining = until === undefined ? 0 : until - Date.now()
      const seconds = Math.max(0, Math.ceil(remaining / 1000))
      setTick((current) =>
        current.until === until && current.seconds === seconds ? current : { until, seconds },
      )
      // Wake exactly when the shown second changes.
      if (remaining > 0) timer = setTimeout(update, remaining % 1000 || 1000)
    }
    update()
    document.addEventListener('visibilitychange', update)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', update)
    }
  }, [until])

  // A new deadline shows at once rather than one effect later.
  const secondsLeft = tick.until === until ? tick.seconds : secondsUntil(until)
  return { until, secondsLeft, waiting: secondsLeft > 0 }
}
