import type { Tokens } from './tokens.js'

/** What one tab tells the others about the session. */
export type CrossTabMessage =
  | { type: 'tokens'; tokens: Tokens }
  | { type: 'signed-out'; code: string }
  /** The refresh token of the tokens with this access token was sent: it must not go again. */
  | { type: 'spent'; accessToken: string }

/** The tabs of one origin agreeing on who refreshes, and hearing the result. */
export interface CrossTab {
  /**
   * Runs `task` while holding the origin-wide refresh lock (or without it, after `lockTimeoutMs`).
   * `contended` is true when another tab held the lock first: it may have just refreshed.
   */
  withLock<T>(task: (contended: boolean) => Promise<T>): Promise<T>
  /** Tells the other tabs. */
  publish(message: CrossTabMessage): void
  /** Hears the other tabs, their messages unchecked (any tab may post any value); returns the unsubscribe function. */
  subscribe(listener: (message: CrossTabMessage) => void): () => void
}

/**
 * Coordinates refreshes across the tabs of an origin with Web Locks (one tab refreshes at a
 * time) and BroadcastChannel (the new tokens are handed over). Returns `undefined` where Web
 * Locks are missing (Node, old browsers): the client then keeps its per-tab single flight.
 *
 * A tab that closes releases its locks; a tab that hangs while holding one is waited for at
 * most `lockTimeoutMs`, after which this tab goes ahead rather than hang.
 */
export function createCrossTab(name: string, lockTimeoutMs = 10_000): CrossTab | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator).locks
  if (!locks || typeof locks.request !== 'function') return undefined
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined
  return {
    async withLock(task) {
      const lockName = `${name}:refresh`
      const free = await locks.request(lockName, { ifAvailable: true }, async (lock) =>
        lock ? { value: await task(false) } : undefined,
      )
      if (free) return free.value
      const signal = AbortSignal.timeout(lockTimeoutMs)
      let started = false
      try {
        return await locks.request(lockName, { signal }, () => {
          started = true
          return task(true)
        })
      } catch (error) {
        if (started || !signal.aborted) throw error
        return task(true)
      }
    },
    publish(message) {
      channel?.postMessage(message)
    },
    subscribe(listener) {
      if (!channel) return () => {}
      const onMessage = (event: MessageEvent<CrossTabMessage>) => listener(event.data)
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
  }
}
