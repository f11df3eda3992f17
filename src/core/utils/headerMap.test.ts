import { getHeader } from './getHeader.js'
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

  it('returns a map it made as it is, and an empty map for no headers', () => {
    const map = toHeaderMap({ Date: 'x' })
    expect(toHeaderMap(map)).toBe(map)
    expect(toHeaderMap(undefined).size).toBe(0)
  })

  it('never reads a prototype member as a header', () => {
    expect(toHeaderMap({}).get('constructor')).toBeUndefined()
    expect(getHeader({}, 'constructor')).toBeUndefined()
    expect(getHeader({}, 'toString')).toBeUndefined()
  })
})

describe('getHeader', () => {
  it('finds a header case-insensitively in every shape', () => {
    const plain = { 'Content-Type': 'application/problem+json' }
    for (const headers of [plain, new Headers(plain), new Map(Object.entries(plain))]) {
      expect(getHeader(headers, 'content-type')).toBe('application/problem+json')
      expect(getHeader(headers, 'CONTENT-TYPE')).toBe('application/problem+json')
    }
    expect(getHeader(undefined, 'content-type')).toBeUndefined()
  })
})
