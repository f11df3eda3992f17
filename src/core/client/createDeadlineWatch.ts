import { MAX_TIMER_MS } from '../utils/maxTimerMs.js'

/** Calls `expire` once `at` (epoch ms) has passed; the returned function stops the watch. */
export type WatchDeadline = (at: number, expire: () => void) => () => void

/**
 * Watches the deadlines of many requests with one timer. A timer per request costs a
 * `setTimeout` and a `clearTimeout` each, which is a large part of a fast request's overhead;
 * here a request that ends before the earliest deadline costs a `Set` entry, and the timer
 * goes on to that deadline, finds nothing due, and stops. In Node the timer does not keep the
 * process alive (the request's socket or waits do).
 */
export function createDeadlineWatch(): WatchDeadline {
  const watched = new Set<{ at: number; expire: () => void }>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let timerAt = Infinity

  const arm = (at: number) => {
    clearTimeout(timer)
    timerAt = at
    // A deadline past the longest timer: check finds nothing due and arms again.
    timer = setTimeout(check, Math.min(at - Date.now(), MAX_TIMER_MS))
    ;(timer as { unref?: () => void }).unref?.()
  }
  function check() {
    timer = undefined
    timerAt = Infinity
    const now = Date.now()
    let next = Infinity
    for (const entry of watched) {
      if (entry.at > now) next = Math.min(next, entry.at)
      else {
        watched.delete(entry)
        entry.expire()
      }
    }
    if (next < Infinity) arm(next)
  }

  return (at, expire) => {
    const entry = { at, expire }
    watched.add(entry)
    if (at < timerAt) arm(at)
    return () => watched.delete(entry)
  }
}
