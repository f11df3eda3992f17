import { decodeError } from '../../decode/decodeError.js'
import { backoffDelay, isRetryable, retryPolicy } from './retryPolicy.js'

const failure = (status: number, headers: Record<string, string> = {}) =>
  decodeError('', { status, headers })
const networkError = () => decodeError(new TypeError('fetch failed'))

describe('retryPolicy', () => {
  it('fills in the defaults and turns retries off with false', () => {
    const policy = retryPolicy(undefined)
    expect(policy).toMatchObject({
      limit: 2,
      statuses: [408, 429, 502, 503, 504],
      baseDelayMs: 300,
      maxDelayMs: 5000,
      maxRetryAfterMs: 30_000,
      idempotencyKey: false,
    })
    expect(retryPolicy(false).limit).toBe(0)
    expect(retryPolicy({ limit: 5, maxRetryAfterMs: 1000 })).toMatchObject({
      limit: 5,
      maxRetryAfterMs: 1000,
      baseDelayMs: 300,
    })
  })
})

describe('backoffDelay', () => {
  it('doubles from the base delay up to the cap, at the top of the jitter', () => {
    const policy = retryPolicy({ random: () => 1 })
    const delays = [0, 1, 2, 3, 4, 5, 10].map((attempt) => backoffDelay(policy, attempt))
    expect(delays).toEqual([300, 600, 1200, 2400, 4800, 5000, 5000])
  })

  it('draws a full jitter between 0 and the exponential delay', () => {
    expect(backoffDelay(retryPolicy({ random: () => 0 }), 3)).toBe(0)
    expect(backoffDelay(retryPolicy({ random: () => 0.5 }), 2)).toBe(600)
    const random = vi.fn(() => 0.25)
    expect(backoffDelay(retryPolicy({ random, baseDelayMs: 100, maxDelayMs: 250 }), 4)).toBe(63)
    expect(random).toHaveBeenCalledTimes(1)
  })
})

describe('isRetryable', () => {
  const policy = retryPolicy(undefined)

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])(
    'retries %s on network errors, 408, 429, 502, 503 and 504',
    (method) => {
      for (const error of [networkError(), ...[408, 429, 502, 503, 504].map((s) => failure(s))])
        expect(isRetryable(error, method, false, policy)).toBe(true)
      expect(isRetryable(failure(500), method, false, policy)).toBe(false)
    },
  )

  it.each(['POST', 'PATCH'])('retries %s only when the server did not process it', (method) => {
    expect(isRetryable(networkError(), method, false, policy)).toBe(false)
    expect(isRetryable(failure(500), method, false, policy)).toBe(false)
    expect(isRetryable(failure(502), method, false, policy)).toBe(false)
    expect(isRetryable(failure(503), method, false, policy)).toBe(false)
    expect(isRetryable(failure(429), method, false, policy)).toBe(false)
    expect(isRetryable(failure(429, { 'retry-after': '1' }), method, false, policy)).toBe(true)
    expect(isRetryable(failure(503, { 'retry-after': '0' }), method, false, policy)).toBe(true)
  })

  it('retries a POST that carries an Idempotency-Key like an idempotent method', () => {
    expect(isRetryable(networkError(), 'POST', true, policy)).toBe(true)
    expect(isRetryable(failure(503), 'POST', true, policy)).toBe(true)
    expect(isRetryable(failure(500), 'POST', true, policy)).toBe(false)
  })

  it('never retries other 4xx, aborts or timeouts', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422])
      expect(isRetryable(failure(status), 'GET', true, policy)).toBe(false)
    const aborted = decodeError(new DOMException('stop', 'AbortError'))
    const timedOut = decodeError(new DOMException('slow', 'TimeoutError'))
    expect(isRetryable(aborted, 'GET', true, policy)).toBe(false)
    expect(isRetryable(timedOut, 'GET', true, policy)).toBe(false)
  })

  it('follows the methods and statuses the app configured', () => {
    const custom = retryPolicy({ methods: ['GET'], statuses: [500] })
    expect(isRetryable(failure(500), 'GET', false, custom)).toBe(true)
    expect(isRetryable(failure(503), 'GET', false, custom)).toBe(false)
    expect(isRetryable(failure(500), 'PUT', false, custom)).toBe(false)
  })
})
