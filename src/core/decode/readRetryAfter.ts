import { checkOption } from '../utils/checkOption.js'
import { toHeaderMap } from '../utils/headerMap.js'
import type { HeadersLike } from './types.js'

/** The longest wait we accept from a server: longer values are clamped to it (24 hours). */
export const MAX_RETRY_AFTER_MS = 86_400_000

const SECONDS = /^\s*\d+(?:\.\d+)?\s*$/

/** A gap between the `Date` header and our clock that is rounding and latency, not skew. */
const SKEW_TOLERANCE_MS = 2000

const clamp = (ms: number) => Math.min(Math.max(0, Math.round(ms)), MAX_RETRY_AFTER_MS)

/** Delta-seconds (decimals allowed) or an HTTP-date measured against the server's own clock. */
function readDelay(value: string | undefined, serverNow: number): number | undefined {
  if (value === undefined) return undefined
  if (SECONDS.test(value)) return clamp(Number(value) * 1000)
  if (!/[a-z]/i.test(value)) return undefined // negative or other numeric garbage: let backoff decide
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : clamp(date - serverNow)
}

/**
 * `X-RateLimit-Reset` as delta seconds, epoch seconds or epoch milliseconds. Epoch milliseconds
 * are finer than the `Date` header, which drops the milliseconds: they are measured against the
 * local clock unless the `Date` header shows a real skew (over {@link SKEW_TOLERANCE_MS}).
 */
function readReset(value: string | undefined, serverNow: number, now: number): number | undefined {
  if (value === undefined || !SECONDS.test(value)) return undefined
  const n = Number(value)
  if (n >= 1e12) return clamp(n - (Math.abs(serverNow - now) > SKEW_TOLERANCE_MS ? serverNow : now))
  if (n >= 1e9) return clamp(n * 1000 - serverNow)
  return clamp(n * 1000)
}

/**
 * How long the server asks the client to wait, in milliseconds, from the response headers:
 * `Retry-After` (seconds or HTTP-date), `X-RateLimit-Retry-After`, the IETF draft `RateLimit`
 * (`t=`) and `RateLimit-Reset`, and `X-RateLimit-Reset` (seconds, epoch seconds or epoch ms).
 * Dates are measured against the response's `Date` header to cancel clock skew. Reset headers
 * count only when `limited` (a 429 or 503), since servers send them on every response.
 * Negative and garbage values give `undefined` (use backoff); past dates give 0; waits past
 * 24 hours are clamped. Never NaN.
 *
 * @param options - `limited`: the response is a 429 or 503; `now`: the local clock in epoch
 *   milliseconds (default `Date.now()`). A `now` that is not a finite number throws a `TypeError`.
 */
export function readRetryAfter(
  headers: HeadersLike | undefined,
  options: { now?: number | undefined; limited: boolean },
): number | undefined {
  checkOption(
    'readRetryAfter',
    'now',
    options.now,
    Number.isFinite,
    'epoch milliseconds, such as Date.now()',
  )
  return readHeaderWait(headers, options)
}

/** {@link readRetryAfter} for a `now` already checked: decodeError's, which must never throw. */
export function readHeaderWait(
  headers: HeadersLike | undefined,
  options: { now?: number | undefined; limited: boolean },
): number | undefined {
  if (!headers) return undefined
  const map = toHeaderMap(headers)
  const retryAfter = map.get('retry-after')
  const xRetryAfter = map.get('x-ratelimit-retry-after')
  // Servers send the reset headers on every response: they mean a wait only on a 429 or 503.
  if (retryAfter === undefined && xRetryAfter === undefined && !options.limited) return undefined
  const now = options.now ?? Date.now()
  const date = Date.parse(map.get('date') ?? '')
  const serverNow = Number.isNaN(date) ? now : date
  const explicit = readDelay(retryAfter, serverNow) ?? readDelay(xRetryAfter, serverNow)
  if (explicit !== undefined || !options.limited) return explicit
  const draft = /(?:^|;)\s*t=(\d+(?:\.\d+)?)/.exec(map.get('ratelimit') ?? '')
  if (draft) return clamp(Number(draft[1]) * 1000)
  return (
    readDelay(map.get('ratelimit-reset'), serverNow) ??
    readReset(map.get('x-ratelimit-reset'), serverNow, now)
  )
}
