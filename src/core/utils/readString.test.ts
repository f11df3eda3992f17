import { readString } from './readString.js'

describe('readString', () => {
  it('reads trimmed, non-empty strings', () => {
    expect(readString('  Email is taken ')).toBe('Email is taken')
    expect(readString('<b>bold</b>')).toBe('<b>bold</b>')
  })

  it('refuses anything that is not a string', () => {
    expect(readString(42)).toBeUndefined()
    expect(readString(true)).toBeUndefined()
    expect(readString({ toString: () => 'x' })).toBeUndefined()
    expect(readString(['x'])).toBeUndefined()
    expect(readString('   ')).toBeUndefined()
  })
})
