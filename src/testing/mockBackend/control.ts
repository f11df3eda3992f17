import { checkCount, checkFault, checkMode, checkRateLimit } from './checkOptions.js'
import type { BackendState } from './context.js'
import type { TokenPair } from './sessions.js'
import type { MockFault, MockMode, MockRateLimit, MockRefreshFailure } from './types.js'

/** What a test can change in a running mock backend. */
export interface MockControl {
  /** The current error envelope. */
  readonly mode: MockMode
  /** Switches the error envelope of every route. */
  setMode(mode: MockMode): void
  /** Arms a fault for the next matching request(s); returns a function that disarms it. */
  fault(fault: MockFault): () => void
  /** Disarms every fault. */
  clearFaults(): void
  /** Every access token issued so far answers 401 `auth/access-token-expired` from now on. */
  expireAllTokens(): void
  /** Sets a fixed-window rate limit on a route group (`auth`, `data`). */
  setRateLimit(group: string, limit: MockRateLimit): void
  /** Removes the rate limit of a group, or of every group. */
  clearRateLimit(group?: string): void
  /** Fails the next `count` refreshes (401 `auth/invalid-refresh-token` unless told otherwise). */
  failNextRefreshes(count: number, failure?: MockRefreshFailure): void
  /** Revokes every session of every user; returns how many were active. */
  revokeAllSessions(): number
  /** Signs a user in without a request, e.g. to start a test already signed in. */
  signIn(email?: string): TokenPair
  /** Back to the start: seed data, seed users, no sessions, no faults, zero stats, first mode. */
  reset(): void
}

/** Creates the control of one backend over its state. */
export function createControl(state: BackendState): MockControl {
  return {
    get mode() {
      return state.mode
    },
    setMode(mode) {
      checkMode(mode)
      state.mode = mode
    },
    fault(fault) {
      checkFault(fault)
      return state.faults.arm(fault)
    },
    clearFaults: () => state.faults.clear(),
    expireAllTokens: () => state.sessions.expireAllAccessTokens(),
    setRateLimit(group, limit) {
      checkRateLimit(group, limit)
      state.limiter.set(group, limit)
    },
    clearRateLimit: (group) => state.limiter.clear(group),
    failNextRefreshes(count, failure = {}) {
      checkCount(count)
      for (let index = 0; index < count; index += 1) state.refreshFailures.push({ ...failure })
    },
    revokeAllSessions() {
      const revoked = state.sessions.revokeAll()
      state.recorder.counters.sessionsRevoked += revoked
      return revoked
    },
    signIn(email = state.options.users[0]?.email ?? '') {
      const user = state.sessions.findUser(email)
      if (!user) throw new Error(`No mock user "${email}": add it to the users option first.`)
      return state.sessions.signIn(user)
    },
    reset() {
      state.mode = state.options.mode
      state.sessions.reset()
      state.data.reset()
      state.limiter.reset()
      state.faults.clear()
      state.idempotency.clear()
      state.refreshFailures = []
      state.recorder.stats.reset()
    },
  }
}
