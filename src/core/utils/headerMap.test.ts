import { toHeaderMap } from './headerMap.js'

describe('toHeaderMap', () => {
  it('reads a Headers, a Map and a plain object alike, with lower-case names', () => {
    const expected = [
      ['retry-after', '30'],
      ['x-request-id', 'req_1'],
    ]
    const plain = { 'Retry-After': '30', 'X-Request-Id': 'req_1' }
    expect([...toHeaderMap(new Headers(plain))]).toEqual(expected)
    expect([...toHeaderMap(new Map(Object.entries(plain)))]).toEqual(expected)
    expect([...toHeaderMap(plain)]).toEqual(expected)
  })

  it('keeps the first value of a list and the first of names that differ in case', () => {
    const map = toHeaderMap({ 'X-Trace-Id': ['a', 'b'], 'x-trace-id': 'c', Skip: undefined })
    expect(map.get('x-trace-id')).toBe('a')
    expect(map.has('skip')).toBe(false)
  })

  it("reads fetch's list of pairs and skips what is not a pair", () => {
    const pairs = [['Retry-After', '30'], 'junk', [42, 'x'], ['X-Request-Id', 'req_1']]
    expect([...toHeaderMap(pairs as never)]).toEqual([
      ['retry-after', '30'],
      ['x-request-id', 'req_1'],
    ])
  })

  it('returns a map it made as it is, and an empty map for no headers', () => {
    const map = toHeaderMap({ Date: 'x' })
    expect(toHeaderMap(map)).toBe(map)
    expect(toHeaderMap(undefined).size).toBe(0)
  })

  it('never reads a prototype member as a header', () => {
    expect(toHeaderMap({}).get('constructor')).toBeUndefined()
    expect(toHeaderMap({}).get('tostring')).toBeUndefined()
  })
})
