import { own } from './own.js'

describe('own', () => {
  it('reads a member the record holds itself', () => {
    expect(own({ a: 1, b: 2 }, 'b')).toBe(2)
  })

  it('never reads a member inherited from a prototype', () => {
    expect(own({ a: 1 }, 'toString')).toBeUndefined()
    expect(own({ a: 1 }, '__proto__')).toBeUndefined()
  })

  it('gives undefined for a missing record or key', () => {
    expect(own(undefined, 'a')).toBeUndefined()
    expect(own({ a: 1 }, undefined)).toBeUndefined()
  })
})
