import { hasOnlyKeys } from './hasOnlyKeys.js'

const allowed = new Set(['errors', 'data'])

describe('hasOnlyKeys', () => {
  it('is true when every key is allowed, and for an empty object', () => {
    expect(hasOnlyKeys({ errors: [], data: null }, allowed)).toBe(true)
    expect(hasOnlyKeys({}, allowed)).toBe(true)
  })

  it('is false when any key is not allowed', () => {
    expect(hasOnlyKeys({ errors: [], message: 'x' }, allowed)).toBe(false)
  })

  it('ignores inherited keys', () => {
    expect(hasOnlyKeys(Object.create({ message: 'x' }) as object, allowed)).toBe(true)
  })
})
