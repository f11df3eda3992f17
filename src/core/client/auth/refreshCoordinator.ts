import type { ApiError } from '../../ApiError.js'
import { decodeError } from '../../decode/decodeError.js'
import { markSessionEnd } from '../../isSessionEndError.js'
import { abortable, sleep } from '../../utils/abortable.js'
import { createSessionEnd, sessionExpired } from './createSessionEnd.js'
import type { CrossTab } from './crossTab.js'
import { isTokens, type Tokens, type TokenStore } from './tokens.js'

const ignore = () => {}

/** How long a tab that waited for another tab's refresh waits for its tokens to arrive. */
const HANDOVER_MS = 250

/** Resolves to the store's tokens once they are not `accessToken` any more, or after `ms`. */
function nextTokens(store: TokenStore, accessToken: string, ms: number) {
  return new Promise<Tokens | undefined>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve(store.get())
    }
    const timer = setTimeout(done, ms)
    const unsubscribe = store.subscribe((tokens) => {
      if (tokens?.accessToken !== accessToken) done()
    })
  })
}

/** What the app's `refresh` function receives. */
export interface RefreshContext {
  /** The refresh token to exchange. */
  refreshToken: string | undefined
  /** All current tokens. */
  tokens: Tokens
  /** Aborts when the refresh times out; pass it to your fetch. */
  signal: AbortSignal
}

/** How the coordinator is set up by the client. */
export interface RefreshCoordinatorOptions {
  store: TokenStore
  refresh: (context: RefreshContext) => Promise<Tokens>
  /** True for a refresh failure that ends the session (sign in again). */
  endsSession: (error: ApiError) => boolean
  onSessionExpired: ((error: ApiError) => void) | undefined
  crossTab: CrossTab | undefined
  timeoutMs: number
}

/**
 * The single flight of token refreshes: however many requests fail with an expired token, and
 * however late their 401s arrive, each expired access token is refreshed once.
 */
export interface RefreshCoordinator {
  /** True while the app's `refresh` function is being called, synchronously: requests it makes skip auth. */
  readonly insideRefresh: boolean
  /** Whether a refresh of this client is under way: while none is, the store's tokens are current. */
  readonly refreshing: boolean
  /** The tokens to send; waits for a refresh under way first (abortable). */
  tokensForRequest(signal?: AbortSignal): Promise<Tokens | undefined>
  /**
   * Called after a 401 that asks for a refresh of `usedAccessToken`. Resolves when a newer token
   * is in the store (refreshing only if nobody has yet); rejects with the error that ended the session.
   */
  recover(usedAccessToken: string, signal?: AbortSignal): Promise<void>
  /** Refreshes now (proactive refresh), joining one under way. */
  refreshNow(signal?: AbortSignal): Promise<void>
  /**
   * Called after a request sent with `usedAccessToken` met an error that ends the session (a 401
   * no refresh can fix). Resolves to true when newer tokens came meanwhile (the 401 answered a
   * token already replaced: replay with them); else ends the session with `error`, marked as a
   * session end, and resolves to false.
   */
  refused(usedAccessToken: string, error: ApiError, signal?: AbortSignal): Promise<boolean>
  /** Calls `listener` once at each end of the session in this tab; returns the unsubscribe function. */
  onSessionEnd(listener: (error: ApiError) => void): () => void
  /**
   * Calls `listener` once each time the app signs out in this tab (its own `store.clear()`, no
   * session end); returns the unsubscribe function.
   */
  onSignOut(listener: () => void): () => void
  /** Stops listening to other tabs and to the store. */
  dispose(): void
}

/** Creates the {@link RefreshCoordinator} of one client. */
export function createRefreshCoordinator(options: RefreshCoordinatorOptions): RefreshCoordinator {
  const { store, crossTab } = options
  let inflight: Promise<Tokens> | undefined
  let insideRefresh = false
  const session = createSessionEnd(store)
  if (options.onSessionExpired) session.subscribe(options.onSessionExpired)

  /** Ends the session here and in the other tabs. */
  const endSession = (error: ApiError) =>
    session.end(error, () => crossTab?.publish({ type: 'signed-out', code: error.code }))

  const callRefresh = async (tokens: Tokens): Promise<Tokens> => {
    // Sent already by a tab that never said what came of it (it closed or hung mid-refresh): a
    // second sending would be a replay, which bkend answers by ending every device's session.
    // Losing this browser's session is the lesser harm.
    if (tokens.refreshTokenSpent) {
      const error = sessionExpired(
        'auth/session-expired',
        'The session was being renewed in a tab that closed before it finished; sign in again.',
      )
      endSession(error)
      throw error
    }
    const controller = new AbortController()
    const timer = setTimeout(
      () => controller.abort(new DOMException('The token refresh timed out.', 'TimeoutError')),
      options.timeoutMs,
    )
    try {
      // Marked in the shared store before it goes, for the tabs that come after this one; a
      // store that cannot keep the mark (storage full) fails the refresh before it is sent.
      if (tokens.refreshToken !== undefined) {
        store.set({ ...tokens, refreshTokenSpent: true })
        crossTab?.publish({ type: 'spent', accessToken: tokens.accessToken })
      }
      insideRefresh = true
      let pending: Promise<Tokens>
      try {
        pending = Promise.resolve(
          options.refresh({ refreshToken: tokens.refreshToken, tokens, signal: controller.signal }),
        )
      } finally {
        insideRefresh = false
      }
      const next = await abortable(pending, controller.signal)
      if (!isTokens(next)) {
        throw new TypeError(
          'The auth `refresh` function must resolve to tokens with an `accessToken` string; check what your refresh call returns.',
        )
      }
      store.set(next)
      crossTab?.publish({ type: 'tokens', tokens: next })
      return next
    } catch (thrown) {
      const error = decodeError(thrown)
      if (options.endsSession(error)) endSession(error)
      // A 429 or 503 left the refresh token as it was: it may be sent again.
      else if (store.get()?.accessToken === tokens.accessToken) {
        try {
          store.set(tokens)
          crossTab?.publish({ type: 'tokens', tokens })
        } catch {
          // Left marked: this browser's session ends at the next refresh, no device's is revoked.
        }
      }
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  /** One refresh for all the tabs: under the lock, and only if no other tab refreshed first. */
  const refreshAcrossTabs = (tabs: CrossTab, used: Tokens) =>
    new Promise<Tokens>((resolve, reject) => {
      // Tokens from another tab end the wait at once, even before the lock is ours.
      const unsubscribe = store.subscribe((tokens) => {
        if (tokens && tokens.accessToken !== used.accessToken) resolve(tokens)
      })
      tabs
        .withLock(async (contended) => {
          // Another tab may have refreshed while we waited for the lock: use its tokens. They
          // may still be on their way (BroadcastChannel and Web Locks keep no order between them).
          let fresh = store.get()
          if (contended && fresh?.accessToken === used.accessToken)
            fresh = await nextTokens(store, used.accessToken, HANDOVER_MS)
          if (!fresh) throw session.error ?? sessionExpired()
          if (fresh.accessToken !== used.accessToken) return resolve(fresh)
          resolve(await callRefresh(fresh))
          // Hold the lock a moment longer: a tab whose 401 comes now finds it taken and waits
          // for our tokens instead of refreshing with the refresh token we just used up.
          await sleep(HANDOVER_MS)
        })
        .catch(reject)
        .finally(unsubscribe)
    })

  const refreshFrom = (used: Tokens): Promise<Tokens> => {
    inflight ??= (crossTab ? refreshAcrossTabs(crossTab, used) : callRefresh(used)).finally(() => {
      inflight = undefined
    })
    return inflight
  }

  // A message may come from a tab of another version of the app: only the two known ones count.
  const unsubscribe = crossTab?.subscribe((message) => {
    const tokens: unknown = message?.type === 'tokens' && message.tokens
    const current = store.get()
    if (isTokens(tokens)) {
      // The same tokens given back unspent (a 429 or 503) count as new too.
      if (current?.accessToken !== tokens.accessToken || current.refreshTokenSpent)
        store.set(tokens)
    } else if (message?.type === 'spent') {
      // A store of this tab alone (memory) learns that another tab sent the refresh token.
      if (current && current.accessToken === message.accessToken && !current.refreshTokenSpent)
        store.set({ ...current, refreshTokenSpent: true })
    } else if (message?.type === 'signed-out') {
      const code = message.code
      // The store may be empty already (a shared store the other tab cleared): the session of
      // this tab still ends, once.
      session.end(sessionExpired(typeof code === 'string' && code.length < 100 ? code : undefined))
    }
  })

  return {
    get refreshing() {
      return inflight !== undefined
    },
    get insideRefresh() {
      return insideRefresh
    },
    async tokensForRequest(signal) {
      if (inflight)
        await abortable(inflight, signal).catch((error: unknown) => {
          if (signal?.aborted) throw error
          // A refresh that ended the session fails the waiting requests with its error; one that
          // did not (a 429 or 503) lets them go on with the tokens there are.
          if (!store.get()) throw session.error ?? error
        })
      return store.get()
    },
    async recover(usedAccessToken, signal) {
      const current = store.get()
      if (!current) throw session.error ?? sessionExpired()
      if (current.accessToken !== usedAccessToken && !inflight) return
      await abortable(
        current.accessToken !== usedAccessToken ? inflight! : refreshFrom(current),
        signal,
      )
    },
    async refreshNow(signal) {
      const current = store.get()
      if (current) await abortable(refreshFrom(current), signal)
    },
    async refused(usedAccessToken, error, signal) {
      // A refresh under way may bring a token the server takes: wait for it before judging.
      if (inflight) await abortable(inflight.then(ignore, ignore), signal)
      const current = store.get()
      if (current && current.accessToken !== usedAccessToken) return true
      if (current) endSession(error)
      else markSessionEnd(error)
      return false
    },
    onSessionEnd: (listener) => session.subscribe(listener),
    onSignOut: (listener) => session.onSignOut(listener),
    dispose() {
      unsubscribe?.()
      session.dispose()
    },
  }
}
