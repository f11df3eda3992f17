import type { ApiError } from '../../ApiError.js'
import { decodeError } from '../../decode/decodeError.js'
import { markSessionEnd } from '../../isSessionEndError.js'
import { callEach } from '../../utils/callEach.js'
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
  /**
   * Calls `listener` once each time the app signs out in this tab (the store emptied here, not by
   * `end()` nor by another tab); returns the unsubscribe function.
   */
  onSignOut(listener: () => void): () => void
  /** Stops watching the store. */
  dispose(): void
}

/** Adds `listener` to `listeners` once per call; returns the function that removes that one. */
function addTo<T>(listeners: Set<(value: T) => void>, listener: (value: T) => void) {
  const wrapped = (value: T) => listener(value)
  listeners.add(wrapped)
  return () => void listeners.delete(wrapped)
}

/**
 * Watches `store` for the session's start and end. A session starts when tokens are stored and
 * ends once, however the end is learnt: `end()` (a refused refresh, a 401 no refresh can fix, a
 * sign-out another tab sent) or the store emptied by another tab. A `clear()` in this tab is the
 * app signing out: no end listener runs for it, the sign-out listeners do.
 */
export function createSessionEnd(store: TokenStore): SessionEnd {
  const listeners = new Set<(error: ApiError) => void>()
  const signOutListeners = new Set<(value: void) => void>()
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
    // store.
    callEach(listeners, error)
  }

  const unsubscribe = store.subscribe((tokens, change) => {
    if (tokens) {
      live = true
      ended = undefined
    } else if (live && !clearing) {
      if (change?.fromOtherTab) end(sessionExpired())
      else {
        // The app signed out in this tab: nothing to announce, but the old user's state goes.
        live = false
        callEach(signOutListeners, undefined)
      }
    }
  })

  return {
    get error() {
      return ended
    },
    end,
    subscribe: (listener) => addTo(listeners, listener),
    onSignOut: (listener) => addTo(signOutListeners, listener),
    dispose: unsubscribe,
  }
}
