import { randomUuid } from './randomUuid.js'

describe('randomUuid', () => {
  it('makes version 4 UUIDs with the RFC 9562 variant, all different', () => {
    const ids = Array.from({ length: 2000 }, randomUuid)
    for (const id of ids)
      expect(id).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses every hex digit in the random positions and every variant digit', () => {
    const ids = Array.from({ length: 2000 }, randomUuid)
    expect(new Set(ids.map((id) => id[0])).size).toBe(16)
    expect(new Set(ids.map((id) => id[19]))).toEqual(new Set(['8', '9', 'a', 'b']))
  })
})
