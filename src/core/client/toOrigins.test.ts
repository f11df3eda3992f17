import { toOrigins } from './toOrigins.js'

describe('toOrigins', () => {
  it('keeps the origin of each URL: scheme, host and port, in their canonical form', () => {
    expect([
      ...toOrigins([
        'https://API.Example.com:443/v1/users',
        'http://api.example.com:80',
        'https://api.example.com:8443',
        'https://bücher.example/shop',
      ]),
    ]).toEqual([
      'https://api.example.com',
      'http://api.example.com',
      'https://api.example.com:8443',
      'https://xn--bcher-kva.example',
    ])
  })

  it('tells a look-alike host (Cyrillic а) from the real one', () => {
    const origins = toOrigins(['https://api.example.com'])
    expect(origins.has(new URL('https://аpi.example.com').origin)).toBe(false)
    expect(origins.has(new URL('https://api.example.com.evil.com').origin)).toBe(false)
  })

  it('leaves out what is not a URL outside a page', () => {
    expect([...toOrigins(['api.example.com', '', '*'])]).toEqual([])
  })
})
