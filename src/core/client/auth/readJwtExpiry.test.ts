import { readJwtExpiry } from './readJwtExpiry.js'

/** A JWT-shaped token whose payload is `payload` encoded in base64url. */
const jwt = (payload: unknown) =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`

describe('readJwtExpiry', () => {
  it('reads exp (seconds) as epoch milliseconds', () => {
    expect(readJwtExpiry(jwt({ sub: 'u1', exp: 1_800_000_000 }))).toBe(1_800_000_000_000)
    // base64url characters (- and _) and a payload without padding.
    expect(readJwtExpiry(jwt({ name: '>>>???', exp: 1_700_000_001 }))).toBe(1_700_000_001_000)
  })

  it.each([
    ['an opaque token', 'opaque-refresh-token'],
    ['an empty string', ''],
    ['empty segments', '..'],
    ['a payload that is not base64', 'a.!!!$$$.c'],
    ['a payload that is not JSON', `a.${Buffer.from('not json').toString('base64url')}.c`],
    ['a payload that is null', `a.${Buffer.from('null').toString('base64url')}.c`],
    ['a huge payload', `a.${'A'.repeat(1_000_000)}.c`],
  ])('gives undefined for %s', (_name, token) => {
    expect(readJwtExpiry(token)).toBeUndefined()
  })

  it.each([
    ['a string', '1800000000'],
    ['null', null],
    ['an object', { valueOf: 1 }],
  ])('gives undefined for exp as %s', (_name, exp) => {
    expect(readJwtExpiry(jwt({ exp }))).toBeUndefined()
  })

  it('reads a past or far-future exp as it is, never as NaN', () => {
    // In the past: the token counts as expired. Far future: it never does, and no NaN comes out.
    expect(readJwtExpiry(jwt({ exp: -5 }))).toBe(-5000)
    expect(readJwtExpiry(jwt({ exp: 1e20 }))).toBe(1e23)
    expect(readJwtExpiry(jwt({ exp: 1e308 }))).toBe(Infinity)
  })
})
