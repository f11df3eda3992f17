import { wrapOnce } from './wrapOnce.js'

describe('wrapOnce', () => {
  it('gives one wrapper per function, and a wrapper back unchanged', () => {
    const doubling = wrapOnce(
      (fn) =>
        (...args) =>
          2 * (fn(...args) as number),
    )
    const one = () => 1
    const two = () => 2
    const wrapped = doubling(one)
    expect(wrapped()).toBe(2)
    expect(doubling(one)).toBe(wrapped)
    expect(doubling(wrapped)).toBe(wrapped)
    expect(doubling(two)).not.toBe(wrapped)
    expect(doubling(two)()).toBe(4)
  })
})
