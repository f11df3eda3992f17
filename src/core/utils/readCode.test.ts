import { DOMAIN_CODE, readCode } from './readCode.js'

describe('readCode', () => {
  it('keeps a domain/name code, lower-cased', () => {
    expect(readCode('problem', 'Auth/Invalid-Credentials')).toBe('auth/invalid-credentials')
    expect(readCode('jsonapi', 'data/duplicate-value')).toBe('data/duplicate-value')
  })

  it('builds a code in the given domain from any other code', () => {
    expect(readCode('jsonapi', 'VALIDATION_ERROR')).toBe('jsonapi/validation-error')
    expect(readCode('problem', '/oops')).toBe('problem/oops')
  })

  it('gives undefined without a code', () => {
    expect(readCode('problem', undefined)).toBeUndefined()
    expect(readCode('problem', '')).toBeUndefined()
  })
})

describe('DOMAIN_CODE', () => {
  it('matches domain/name and nothing looser', () => {
    expect(DOMAIN_CODE.test('auth/access-token-expired')).toBe(true)
    expect(DOMAIN_CODE.test('auth/')).toBe(false)
    expect(DOMAIN_CODE.test('a b/c')).toBe(false)
    expect(DOMAIN_CODE.test('card_declined')).toBe(false)
  })
})
