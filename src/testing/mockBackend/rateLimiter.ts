import type { MockRateLimit } from './types.js'

/** Where a client stands in its current window. */
export interface RateLimitState {
  limit: number
  remaining: number
  /** End of the window, epoch milliseconds. */
  resetAt: number
  /** Set when this request is over the limit: how long until the window ends. */
  retryAfterMs?: number
}

/** Fixed-window rate limits per route group, counted per client key (the API key). */
export type RateLimiter = ReturnType<typeof createRateLimiter>

/** Creates the rate limiter of one mock backend, starting with `initial` limits. */
export function createRateLimiter(initial: Record<string, MockRateLimit>) {
  let limits = new Map(Object.entries(initial))
  const windows = new Map<string, { start: number; count: number }>()

  return {
    /** Sets the limit of a group and starts its windows afresh. */
    set(group: string, limit: MockRateLimit) {
      limits.set(group, { ...limit })
      for (const key of windows.keys()) if (key.endsWith(` ${group}`)) windows.delete(key)
    },
    /** Removes the limit of a group, or of every group. */
    clear(group?: string) {
      if (group === undefined) limits.clear()
      else limits.delete(group)
    },
    /** Back to the limits the backend was created with, with fresh windows. */
    reset() {
      limits = new Map(Object.entries(initial))
      windows.clear()
    },
    /** Counts one request; `undefined` when the group has no limit. */
    hit(clientKey: string, group: string, now: number): RateLimitState | undefined {
      const config = limits.get(group)
      if (!config) return undefined
      const key = `${clientKey} ${group}`
      let window = windows.get(key)
      if (!window || now >= window.start + config.windowMs) {
        window = { start: now, count: 0 }
        windows.set(key, window)
      }
      window.count += 1
      const resetAt = window.start + config.windowMs
      const state: RateLimitState = {
        limit: config.limit,
        remaining: Math.max(0, config.limit - window.count),
        resetAt,
      }
      if (window.count > config.limit) state.retryAfterMs = resetAt - now
      return state
    },
  }
}
