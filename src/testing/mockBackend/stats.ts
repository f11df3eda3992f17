/** The counters of a mock backend, as plain numbers and maps. */
export interface MockStatsSnapshot {
  /** Every request handled, CORS preflights included. */
  requests: number
  /** Requests per route pattern, e.g. `"GET /v1/data/:table"`. */
  requestsByRoute: Record<string, number>
  /** Requests per bearer access token (the token string as sent). */
  requestsByAccessToken: Record<string, number>
  /** Calls of `POST /v1/auth/refresh`, failed ones included. */
  refreshCalls: number
  /** How many times each refresh token was presented to `POST /v1/auth/refresh` (above 1: a replay). */
  refreshTokensReceived: Record<string, number>
  /** Refreshes rejected because the refresh token had already been rotated. */
  refreshReplaysRejected: number
  /** Sessions revoked by replay detection, sign-out or `control.revokeAllSessions()`. */
  sessionsRevoked: number
  /** Requests that arrived in a scope before the deadline its last 429 announced. */
  earlyRequests: number
  /** {@link earlyRequests} per scope: the route group (`auth`, `data`). */
  earlyRequestsByScope: Record<string, number>
  /** POSTs per `Idempotency-Key`, replays included. */
  postsByIdempotencyKey: Record<string, number>
  /** Records of `/v1/data` created, updated and deleted. */
  sideEffects: { created: number; updated: number; deleted: number }
}

/** Read-only counters of a mock backend, for assertions. */
export interface MockStats extends Readonly<MockStatsSnapshot> {
  /** A deep copy of every counter, safe to keep and compare. */
  snapshot(): MockStatsSnapshot
  /** Sets every counter back to zero and forgets announced rate-limit deadlines. */
  reset(): void
}

/** The writable side of the stats, used by the backend itself. */
export interface StatsRecorder {
  readonly stats: MockStats
  readonly counters: MockStatsSnapshot
  /** Adds one to `map[key]`. */
  bump(map: Record<string, number>, key: string): void
  /** Remembers that `scope` told clients to wait until `until` (epoch ms). */
  announceCooldown(scope: string, until: number): void
  /** Counts the request as early when `scope` is inside an announced wait. */
  noteScopeRequest(scope: string, now: number): void
}

const emptyCounters = (): MockStatsSnapshot => ({
  requests: 0,
  requestsByRoute: {},
  requestsByAccessToken: {},
  refreshCalls: 0,
  refreshTokensReceived: {},
  refreshReplaysRejected: 0,
  sessionsRevoked: 0,
  earlyRequests: 0,
  earlyRequestsByScope: {},
  postsByIdempotencyKey: {},
  sideEffects: { created: 0, updated: 0, deleted: 0 },
})

/** Creates the counters of one mock backend. */
export function createStatsRecorder(): StatsRecorder {
  let counters = emptyCounters()
  const deadlines = new Map<string, number>()
  const bump = (map: Record<string, number>, key: string) => {
    map[key] = (map[key] ?? 0) + 1
  }
  const stats = {
    snapshot: (): MockStatsSnapshot => structuredClone(counters),
    reset() {
      counters = emptyCounters()
      deadlines.clear()
    },
  } as MockStats
  for (const key of Object.keys(emptyCounters()) as (keyof MockStatsSnapshot)[]) {
    Object.defineProperty(stats, key, { enumerable: true, get: () => counters[key] })
  }
  return {
    stats,
    get counters() {
      return counters
    },
    bump,
    announceCooldown(scope, until) {
      deadlines.set(scope, Math.max(until, deadlines.get(scope) ?? 0))
    },
    noteScopeRequest(scope, now) {
      const until = deadlines.get(scope)
      if (until === undefined) return
      if (now >= until) {
        deadlines.delete(scope)
        return
      }
      counters.earlyRequests += 1
      bump(counters.earlyRequestsByScope, scope)
    },
  }
}
