import type { DataStore } from './dataStore.js'
import type { FaultQueue } from './faults.js'
import type { RateLimiter, RateLimitState } from './rateLimiter.js'
import type { SessionStore } from './sessions.js'
import type { StatsRecorder } from './stats.js'
import type { MockMode, MockRefreshFailure, ResolvedMockBackendOptions } from './types.js'

/** A stored first answer to an `Idempotency-Key`, replayed for repeats. */
export interface StoredResponse {
  status: number
  headers: [string, string][]
  body: ArrayBuffer
}

/** Everything one mock backend holds; `control.reset()` empties it. */
export interface BackendState {
  readonly options: ResolvedMockBackendOptions
  mode: MockMode
  readonly sessions: SessionStore
  readonly data: DataStore
  readonly limiter: RateLimiter
  readonly faults: FaultQueue
  readonly idempotency: Map<string, Promise<StoredResponse>>
  readonly recorder: StatsRecorder
  refreshFailures: MockRefreshFailure[]
}

/** One request on its way through the backend. */
export interface MockContext {
  readonly request: Request
  readonly url: URL
  /** Upper-case HTTP method. */
  readonly method: string
  readonly path: string
  /** The route group: the first path segment after `/v1` (`auth`, `data`). */
  readonly group: string
  /** Values of the `:name` segments of the matched route. */
  readonly params: Record<string, string>
  readonly requestId: string
  /** The clock when the request arrived, epoch milliseconds. */
  readonly now: number
  readonly state: BackendState
  /** The `X-API-Key` header, if any. */
  readonly apiKey: string | undefined
  /** The client's rate-limit window, once the limiter counted the request. */
  rateLimit?: RateLimitState
}

const jsonType = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i

/**
 * The JSON object body of a request, or `undefined` when it is not one. Like bkend's body
 * parser, a body without a JSON `Content-Type` (fetch sends a string as `text/plain`) is not read.
 */
export async function readJsonObject(
  ctx: MockContext,
): Promise<Record<string, unknown> | undefined> {
  if (!jsonType.test(ctx.request.headers.get('content-type') ?? '')) return undefined
  try {
    const body: unknown = JSON.parse(await ctx.request.text())
    const isObject = typeof body === 'object' && body !== null && !Array.isArray(body)
    return isObject ? (body as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
