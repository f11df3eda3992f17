import { buildUrl } from './buildUrl.js'

describe('buildUrl', () => {
  it('joins a path to a baseUrl with a path, whatever the slashes', () => {
    expect(buildUrl('https://api.example.com/v1/', '/users').href).toBe(
      'https://api.example.com/v1/users',
    )
    expect(buildUrl('https://api.example.com/v1', 'users').href).toBe(
      'https://api.example.com/v1/users',
    )
  })

  it('reads a custom method after a colon as part of the path', () => {
    expect(buildUrl('https://api.example.com/v1', 'users:search').href).toBe(
      'https://api.example.com/v1/users:search',
    )
  })

  it('keeps an absolute URL, to this origin or another', () => {
    expect(buildUrl('https://api.example.com', 'https://files.example.com/a').href).toBe(
      'https://files.example.com/a',
    )
  })

  it('adds query values, repeating arrays and leaving out null and undefined', () => {
    const url = buildUrl('https://api.example.com', '/posts', {
      tag: ['a', 'b'],
      limit: 2,
      draft: false,
      skip: undefined,
      cursor: null,
    })
    expect(url.search).toBe('?tag=a&tag=b&limit=2&draft=false')
  })
})
