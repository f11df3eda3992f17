import type { ApiError } from '../../ApiError.js'
import type { CooldownStore } from './cooldowns.js'

/** The most a server-given wait is stretched, at random, to spread the clients that got it. */
export const MAX_JITTER_MS = 2000

/** The longest window over which the requests held through one deadline are let go. */
export const MAX_PACE_MS = 1000

/**
 * A server-given wait with its jitter: `waitMs` plus a random part of `min(waitMs, 2 s)`, never
 * less than `waitMs`. Clients that met one `Retry-After` at the same moment come back spread
 * over up to two seconds instead of in the same millisecond (1,000 clients over 2 s: about 0.5%
 * of them in any 10 ms). A wait within `limitMs` (the `maxRetryAfterMs` the client waits out)
 * stays within it, so the jitter never turns a wait the client takes into one it refuses.
 */
export function jitterWait(waitMs: number, random: () => number, limitMs = Infinity): number {
  const jittered = waitMs + Math.round(random() * Math.min(waitMs, MAX_JITTER_MS))
  return waitMs <= limitMs ? Math.min(jittered, limitMs) : jittered
}

/**
 * Starts the cooldown of `scope` after a 429 that asked for `waitMs`, with its jitter
 * ({@link jitterWait}). A cooldown already running to this deadline or later is kept as it is:
 * the 429s of the other requests sent at the same moment do not move it again.
 */
export function startCooldown(
  store: CooldownStore,
  scope: string,
  waitMs: number,
  error: ApiError,
  random: () => number,
  limitMs?: number,
): void {
  const now = Date.now()
  if ((store.get(scope)?.until ?? 0) >= now + waitMs) return
  store.set({ scope, until: now + jitterWait(waitMs, random, limitMs), error })
}

/**
 * Paces the requests one client holds through one cooldown: each joins the batch of its scope's
 * deadline when it starts to wait, and once the deadline passed the `n` of them go out evenly
 * over the window (the first at once), rather than all in the same millisecond.
 *
 * @returns `join(scope, until, windowMs)`, whose result gives the request's extra wait after the
 *   deadline, in milliseconds.
 */
export function createReleasePacer() {
  const batches = new Map<string, { until: number; count: number }>()
  return (scope: string, until: number, windowMs: number) => {
    let batch = batches.get(scope)
    if (batch?.until !== until) {
      batch = { until, count: 0 }
      batches.set(scope, batch)
    }
    const own = batch
    const index = own.count++
    return (): number => {
      if (batches.get(scope) === own && index === own.count - 1) batches.delete(scope)
      return Math.round((Math.min(windowMs, MAX_PACE_MS) * index) / own.count)
    }
  }
}
