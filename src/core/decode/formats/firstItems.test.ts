import { firstItems, MAX_ITEMS } from './firstItems.js'

describe('firstItems', () => {
  it('returns a short list itself, without a copy', () => {
    const list = [1, 2, 3]
    expect(firstItems(list)).toBe(list)
  })

  it('caps a long list at MAX_ITEMS', () => {
    const list = Array.from({ length: MAX_ITEMS + 5 }, (_, index) => index)
    expect(firstItems(list)).toEqual(list.slice(0, MAX_ITEMS))
  })
})
