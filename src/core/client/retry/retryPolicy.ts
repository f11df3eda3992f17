import type { ApiError } from '../../ApiError.js'

/** How the client retries failed requests. */
export interface RetryOptions {
  /** The most retries of one request (the replay after a token refresh is not counted). @default 2 */
  limit?: number
  /** Methods retried on network errors and the retry statuses. @default ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'] */
  methods?: readonly string[]
  /** Statuses worth a retry. @default [408, 429, 502, 503, 504] */
  statuses?: readonly number[]
  /** The first backoff delay; each retry doubles it, with full jitter. @default 300 */
  baseDelayMs?: number
  /** The longest backoff delay. @default 5000 */
  maxDelayMs?: number
  /**
   * The longest `Retry-After` the client waits out. Past it, or past the request's timeout, the
   * client fails at once with the server's 429 or 503 error (it carries `retryAfterMs`) so the UI
   * can count down instead of hanging. @default 30000
   */
  maxRetryAfterMs?: number
  /** Adds an `Idempotency-Key` header to POST and PATCH so they can be retried safely. @default false */
  idempotencyKey?: boolean
  /** The random source of the jitter, for tests. @default Math.random */
  random?: () => number
}

/** The retry options with every default filled in. */
export type RetryPolicy = Required<RetryOptions>

/** Fills in the defaults of {@link RetryOptions}. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  return {
    limit: options === false ? 0 : 2,
    methods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'],
    statuses: [408, 429, 502, 503, 504],
    baseDelayMs: 300,
    maxDelayMs: 5000,
    maxRetryAfterMs: 30_000,
    idempotencyKey: false,
    random: Math.random,
    ...(options || {}),
  }
}

/** Exponential backoff with full jitter: a random delay up to `base * 2^attempt`, capped. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.round(
    policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt),
  )
}

/**
 * Whether a failed request may be sent again. Idempotent methods retry on network errors and the
 * retry statuses. POST and PATCH retry only when the server did not process them (a 429 or 503
 * that carries a `Retry-After`) or when they carry an `Idempotency-Key`. Never on other 4xx,
 * aborts or timeouts.
 */
export function isRetryable(
  error: ApiError,
  method: string,
  hasIdempotencyKey: boolean,
  policy: RetryPolicy,
): boolean {
  const transient = error.kind === 'network' || policy.statuses.includes(error.status)
  if (!transient) return false
  if (policy.methods.includes(method) || hasIdempotencyKey) return true
  return (error.status === 429 || error.status === 503) && error.retryAfterMs !== undefined
}
