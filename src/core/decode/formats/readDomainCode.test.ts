import { readDomainCode } from './readDomainCode.js'

describe('readDomainCode', () => {
  it('keeps a domain/name code, trimmed and lower-cased', () => {
    expect(readDomainCode(' Auth/Invalid-Credentials ')).toBe('auth/invalid-credentials')
    expect(readDomainCode('data/duplicate-value')).toBe('data/duplicate-value')
  })

  it('is undefined for a code of another shape, or no string', () => {
    for (const value of ['CARD_DECLINED', 'a/b/c', '/x', 'auth/', 'a b/c', '', 42, null, ['a/b']])
      expect(readDomainCode(value)).toBeUndefined()
  })
})
