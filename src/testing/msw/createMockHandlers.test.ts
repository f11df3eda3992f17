import { setupServer } from 'msw/node'
import { createMockBackend } from '../mockBackend/createMockBackend.js'
import { describeMockBackendContract } from '../mockBackend.contract.js'
import { createMockHandlers } from './createMockHandlers.js'

describeMockBackendContract('createMockHandlers (MSW setupServer)', async (options) => {
  const backend = createMockBackend(options)
  const baseUrl = 'http://api.mock.test'
  const server = setupServer(...createMockHandlers(backend, { baseUrl }))
  server.listen({ onUnhandledRequest: 'error' })
  return {
    baseUrl,
    control: backend.control,
    stats: backend.stats,
    close: async () => server.close(),
  }
})

describe('createMockHandlers', () => {
  it('refuses a missing or empty baseUrl, saying what to pass', () => {
    const backend = createMockBackend()
    const message = /baseUrl.*https:\/\/api\.example\.com/
    expect(() => createMockHandlers(backend, {} as { baseUrl: string })).toThrow(message)
    expect(() => createMockHandlers(backend, { baseUrl: ' ' })).toThrow(message)
  })

  it('answers under baseUrl only, whatever the case of its host', async () => {
    const backend = createMockBackend()
    const server = setupServer(
      ...createMockHandlers(backend, { baseUrl: 'https://API.Example.com/' }),
    )
    // MSW reports each request no handler took (msw 2 as an error, msw 3 as a warning): expected
    // here, so kept out of the log and checked instead.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const mine = await fetch('https://api.example.com/v1/data/posts')
      expect([mine.status, (await mine.json()).error.code]).toEqual([401, 'auth/unauthorized'])
      await expect(fetch('https://api.example.com.evil.test/v1/data/posts')).rejects.toThrow()
      await expect(fetch('https://apixexample.com/v1/data/posts')).rejects.toThrow()
      expect(backend.stats.requests).toBe(1)
      const reports = [...errors.mock.calls, ...warnings.mock.calls].map((call) =>
        call.map(String).join(' '),
      )
      expect(reports).toEqual([
        expect.stringContaining('GET https://api.example.com.evil.test/v1/data/posts'),
        expect.stringContaining('GET https://apixexample.com/v1/data/posts'),
      ])
    } finally {
      server.close()
    }
  })

  it('answers 500 requests at once, each with its own request id', async () => {
    const backend = createMockBackend()
    const baseUrl = 'http://burst.mock.test'
    const server = setupServer(...createMockHandlers(backend, { baseUrl }))
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const { accessToken } = backend.control.signIn()
      const headers = { 'x-api-key': 'pk_test_demo', authorization: `Bearer ${accessToken}` }
      const responses = await Promise.all(
        Array.from({ length: 500 }, () => fetch(`${baseUrl}/v1/data/posts`, { headers })),
      )
      expect(responses.map((response) => response.status)).toEqual(Array(500).fill(200))
      const ids = new Set(responses.map((response) => response.headers.get('x-request-id')))
      expect(ids.size).toBe(500)
      expect(backend.stats.requestsByAccessToken[accessToken]).toBe(500)
    } finally {
      server.close()
    }
  })
})
