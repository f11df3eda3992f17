import { decodeError } from './decodeError.js'
import { readRetryAfter } from './readRetryAfter.js'

const now = Date.parse('2026-11-22T10:00:00Z')
const inFiveSeconds = { 'retry-after': new Date(now + 5000).toUTCString() }
const reset = { 'x-ratelimit-reset': String(now + 3000) }

describe('readRetryAfter and decodeError with a clock that is not a number', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['"1700000000000"', '1700000000000'],
  ])('readRetryAfter rejects now: %s with a TypeError that says what to pass', (shown, bad) => {
    expect(() => readRetryAfter(inFiveSeconds, { now: bad as number, limited: true })).toThrow(
      new TypeError(
        `readRetryAfter got now: ${shown}; pass epoch milliseconds, such as Date.now().`,
      ),
    )
  })

  // Regression: `now: NaN` gave `retryAfterMs: NaN`, which the docs say never happens.
  it.each([[Number.NaN], [Infinity], [-Infinity], ['soon']])(
    'decodeError, which never throws, reads the headers against Date.now() for now: %s',
    (bad) => {
      const context = { status: 429, now: bad as number }
      expect(decodeError({}, { ...context, headers: inFiveSeconds }).retryAfterMs).toBe(5000)
      expect(decodeError({}, { ...context, headers: reset }).retryAfterMs).toBe(3000)
    },
  )
})
