import * as testing from '../index.js'
import * as testingMsw from '../msw/index.js'
import { createMockBackend } from './createMockBackend.js'

// The backend is built from web-standard Request/Response only: this runs it in Chromium.
describe('createMockBackend in a browser', () => {
  const headers = { 'x-api-key': 'pk_test_demo', 'content-type': 'application/json' }

  it('loads both testing entries in a browser (node:http and msw/browser load lazily)', () => {
    expect(typeof testing.startMockBackend).toBe('function')
    expect(typeof testingMsw.startMockWorker).toBe('function')
  })

  it('signs in, reads data and refuses a replayed refresh token', async () => {
    const backend = createMockBackend()
    const post = (path: string, body: unknown) =>
      backend.handle(
        new Request(`https://api.example.com${path}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
        }),
      )
    const signIn = await post('/v1/auth/email/signin', {
      email: 'demo@example.com',
      password: 'password123',
    })
    const { accessToken, refreshToken } = (await signIn.json()).data
    const list = await backend.handle(
      new Request('https://api.example.com/v1/data/posts', {
        headers: { ...headers, authorization: `Bearer ${accessToken}` },
      }),
    )
    expect((await list.json()).data.total).toBe(3)
    expect((await post('/v1/auth/refresh', { refreshToken })).status).toBe(200)
    const replay = await post('/v1/auth/refresh', { refreshToken })
    expect((await replay.json()).error.code).toBe('auth/invalid-refresh-token')
    expect(backend.stats.sessionsRevoked).toBe(1)
  })
})
