import { readRetryAfterHint } from './readRetryAfterHint.js'

describe('readRetryAfterHint', () => {
  it('reads retry_after and retryAfter in seconds as milliseconds', () => {
    expect(readRetryAfterHint({ retry_after: 30 })).toBe(30_000)
    expect(readRetryAfterHint({ retryAfter: 1.5 })).toBe(1500)
    expect(readRetryAfterHint({ retry_after: '12' })).toBe(12_000)
    expect(readRetryAfterHint({ retryAfter: ' 0.25 ' })).toBe(250)
    expect(readRetryAfterHint({ retry_after: 0 })).toBe(0)
  })

  it('takes the first source that has a usable hint', () => {
    expect(readRetryAfterHint({ message: 'x' }, { retry_after: 5 })).toBe(5000)
    expect(readRetryAfterHint({ retry_after: 'soon' }, { retryAfter: 7 })).toBe(7000)
    expect(readRetryAfterHint({ retry_after: 1 }, { retryAfter: 7 })).toBe(1000)
  })

  it('ignores negative, garbage and non-record input', () => {
    expect(readRetryAfterHint({ retry_after: -1 })).toBeUndefined()
    expect(readRetryAfterHint({ retry_after: '-3' })).toBeUndefined()
    expect(readRetryAfterHint({ retry_after: 'later' })).toBeUndefined()
    expect(readRetryAfterHint({ retry_after: Number.POSITIVE_INFINITY })).toBeUndefined()
    expect(readRetryAfterHint({ retry_after: Number.NaN })).toBeUndefined()
    expect(readRetryAfterHint({ retry_after: '1e9' })).toBeUndefined()
    expect(readRetryAfterHint({ retry_after: [5] })).toBeUndefined()
    expect(readRetryAfterHint(null, 'retry_after', [{ retry_after: 5 }], undefined)).toBeUndefined()
    expect(readRetryAfterHint()).toBeUndefined()
  })
})
