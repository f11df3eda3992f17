import type { ApiError } from '../../ApiError.js'
import { decodeError } from '../../decode/decodeError.js'
import { markSessionEnd } from '../../isSessionEndError.js'
import type { TokenStore } from './tokens.js'

/** The error of a session that ended elsewhere (another tab), in bkend's words. */
export const sessionExpired = (
  code = 'auth/session-expired',
  message = 'The session has ended; sign in again.',
) => decodeError({ success: false, error: { code, message } }, { status: 401 })

/** The end of the session of one client, heard once per session. */
export interface SessionEnd {
  /** The error the last session ended with, until tokens are stored again. */
  readonly error: ApiError | undefined
  /**
   * Ends the session if it is still on: calls `beforeClear` (tell the other tabs), clears the
   * store, then runs every listener once. Marks `error` as a session end either way.
   */
  end(error: ApiError, beforeClear?: () => void): void
  /** Calls `listener` at each end of a session; returns the unsubscribe function. */
  subscribe(listener: (error: ApiError) => void): () => void
  /** Stops watching the store. */
  dispose(): void
}

/**
 * Watches `store` for the session's start and end. A session starts when tokens are stored and
 * ends once, however the end is learnt: `end()` (a refused refresh, a 401 no refresh can fix, a
 * sign-out another tab sent) or the store emptied by another tab. A `clear()` in this tab is the
 * app signing out: no listener runs for it.
 */
export function createSessionEnd(store: TokenStore): SessionEnd {
  const listeners = new Set<(error: ApiError) => void>()
  let live = store.get() !== undefined
  let ended: ApiError | undefined
  let clearing = false

  const end = (error: ApiError, beforeClear?: () => void) => {
    markSessionEnd(error)
    if (!live) return
    live = false
    ended = error
    beforeClear?.()
    clearing = true
    try {
      store.clear()
    } finally {
      clearing = false
    }
    // Run at once, before the waiting requests fail and before any screen reacts to the empty
    // store. What a listener throws is reported (an unhandled rejection) and stops nothing.
    for (const listener of [...listeners]) {
      try {
        listener(error)
      } catch (thrown) {
        void Promise.reject(thrown)
      }
    }
  }

  const unsubscribe = store.subscribe((tokens, change) => {
    if (tokens) {
      live = true
      ended = undefined
    } else if (live && !clearing) {
      if (change?.fromOtherTab) end(sessionExpired())
      else live = false
    }
  })

  return {
    get error() {
      return ended
    },
    end,
    subscribe(listener) {
      const wrapped = (error: ApiError) => listener(error)
      listeners.add(wrapped)
      return () => listeners.delete(wrapped)
    },
    dispose: unsubscribe,
  }
}
