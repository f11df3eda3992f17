import { MAX_RETRY_AFTER_MS, readRetryAfter } from './readRetryAfter.js'

const now = Date.parse('2026-11-22T10:00:00Z')
const read = (headers: Record<string, string>, limited = true) =>
  readRetryAfter(headers, { now, limited })

describe('readRetryAfter', () => {
  it('reads delta-seconds, decimals included', () => {
    expect(read({ 'Retry-After': '0' })).toBe(0)
    expect(read({ 'Retry-After': '1' })).toBe(1000)
    expect(read({ 'retry-after': '1.5' })).toBe(1500)
  })

  it('measures an HTTP-date against the Date header, not the local clock', () => {
    const serverNow = now + 3_600_000 // the server's clock is an hour ahead
    const headers = {
      date: new Date(serverNow).toUTCString(),
      'retry-after': new Date(serverNow + 2000).toUTCString(),
    }
    expect(read(headers)).toBe(2000)
  })

  it('measures an HTTP-date against the local clock when there is no Date header', () => {
    expect(read({ 'retry-after': new Date(now + 5000).toUTCString() })).toBe(5000)
  })

  it('gives 0 for a past date and undefined for negative or garbage values', () => {
    expect(read({ 'retry-after': new Date(now - 60_000).toUTCString() })).toBe(0)
    expect(read({ 'retry-after': '-5' })).toBeUndefined()
    expect(read({ 'retry-after': 'soon' })).toBeUndefined()
    expect(read({ 'retry-after': '' })).toBeUndefined()
  })

  it('clamps absurd waits', () => {
    expect(read({ 'retry-after': '99999999999' })).toBe(MAX_RETRY_AFTER_MS)
  })

  it('reads the IETF draft RateLimit and RateLimit-Reset headers', () => {
    expect(read({ ratelimit: '"default";r=0;t=2' })).toBe(2000)
    expect(read({ 'ratelimit-reset': '30' })).toBe(30_000)
  })

  it('reads X-RateLimit-Reset as seconds, epoch seconds or epoch milliseconds', () => {
    expect(read({ 'x-ratelimit-reset': '3' })).toBe(3000)
    expect(read({ 'x-ratelimit-reset': String(now / 1000 + 4) })).toBe(4000)
    expect(read({ 'x-ratelimit-reset': String(now + 4500) })).toBe(4500)
  })

  it('keeps the milliseconds of an epoch-ms reset that the Date header rounds away', () => {
    // Regression: the Date header drops milliseconds, which added up to a second to the wait.
    const local = now + 999
    const headers = {
      date: new Date(local).toUTCString(),
      'x-ratelimit-reset': String(local + 2000),
    }
    expect(readRetryAfter(headers, { now: local, limited: true })).toBe(2000)
    // A real skew (the server an hour ahead) is still cancelled.
    const serverNow = now + 3_600_000
    const skewed = {
      date: new Date(serverNow).toUTCString(),
      'x-ratelimit-reset': String(serverNow + 2000),
    }
    expect(readRetryAfter(skewed, { now, limited: true })).toBe(2000)
  })

  it('reads X-RateLimit-Retry-After', () => {
    expect(read({ 'x-ratelimit-retry-after': '7' })).toBe(7000)
  })

  it('ignores reset headers on responses that were not rate limited', () => {
    expect(read({ 'x-ratelimit-reset': '3', ratelimit: 't=2' }, false)).toBeUndefined()
    expect(read({ 'retry-after': '3' }, false)).toBe(3000)
  })

  it('reads a Headers object', () => {
    expect(readRetryAfter(new Headers({ 'Retry-After': '2' }), { now, limited: true })).toBe(2000)
  })
})
