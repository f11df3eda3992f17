import type { ApiError } from '../../ApiError.js'
import { MAX_TIMER_MS } from '../../utils/maxTimerMs.js'

/** One rate-limited scope: nothing should be sent to it before `until`. */
export interface Cooldown {
  /** The scope the server limited: an origin by default, or a name the app chose. */
  readonly scope: string
  /** The deadline, in epoch milliseconds. */
  readonly until: number
  /** The rate-limit error that started the wait. */
  readonly error?: ApiError | undefined
  /**
   * How many requests the client is holding until `until`, to send them itself then (a
   * `Retry-After` within `maxRetryAfterMs`): while it is above 0, someone is waiting on screen.
   */
  readonly waiting?: number
}

/**
 * The active rate-limit waits, one per scope, observable from anywhere: the client writes it,
 * countdown components read it with `useSyncExternalStore`.
 */
export interface CooldownStore {
  /** The active cooldown of `scope`, or `undefined` once its deadline has passed. */
  get(scope: string): Cooldown | undefined
  /** Every active cooldown. The array is the same object until something changes. */
  getAll(): readonly Cooldown[]
  /** Starts or extends the wait of a scope; a later deadline wins, an earlier one is ignored. */
  set(cooldown: Cooldown): void
  /** Ends the wait of a scope now. */
  clear(scope: string): void
  /**
   * Counts a request the client holds until the scope's deadline (its `waiting`); returns the
   * function that stops counting it, once the request goes or gives up.
   */
  hold(scope: string): () => void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/**
 * Creates a {@link CooldownStore}. Expired entries are dropped lazily and by a timer per
 * deadline, so subscribers hear about the end of a wait too.
 *
 * @param now The clock deadlines are compared with; tests pass a fake one. @default Date.now
 *
 * @example
 * const cooldowns = createCooldownStore()
 * cooldowns.set({ scope: 'https://api.example.com', until: Date.now() + 30_000 })
 */
export function createCooldownStore(now: () => number = Date.now): CooldownStore {
  const entries = new Map<string, Cooldown>()
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const held = new Map<string, number>()
  const listeners = new Set<() => void>()
  let snapshot: readonly Cooldown[] = []

  const emit = () => {
    snapshot = [...entries.values()]
    for (const listener of [...listeners]) listener()
  }
  const countHeld = (scope: string, change: number) => {
    const waiting = (held.get(scope) ?? 0) + change
    if (waiting > 0) held.set(scope, waiting)
    else held.delete(scope)
    const entry = entries.get(scope)
    if (!entry) return
    entries.set(scope, { ...entry, waiting })
    emit()
  }
  const drop = (scope: string) => {
    clearTimeout(timers.get(scope))
    timers.delete(scope)
    if (entries.delete(scope)) emit()
  }

  return {
    get(scope) {
      const entry = entries.get(scope)
      if (entry && entry.until <= now()) {
        drop(scope)
        return undefined
      }
      return entry
    },
    getAll: () => snapshot,
    set(cooldown) {
      const current = entries.get(cooldown.scope)
      if (current && current.until >= cooldown.until) return
      if (cooldown.until <= now()) return
      clearTimeout(timers.get(cooldown.scope))
      entries.set(cooldown.scope, { ...cooldown, waiting: held.get(cooldown.scope) ?? 0 })
      // A longer wait ends after 24.8 days rather than straight away.
      const timer = setTimeout(
        () => drop(cooldown.scope),
        Math.min(cooldown.until - now(), MAX_TIMER_MS),
      )
      // In Node a pending cooldown must not keep the process alive.
      ;(timer as { unref?: () => void }).unref?.()
      timers.set(cooldown.scope, timer)
      emit()
    },
    clear: drop,
    hold(scope) {
      countHeld(scope, 1)
      let released = false
      return () => {
        if (released) return
        released = true
        countHeld(scope, -1)
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
