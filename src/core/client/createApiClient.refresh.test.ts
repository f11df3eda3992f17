import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import { encodeAccessToken } from '../../testing/mockBackend/tokens.js'
import type { MockBackendOptions } from '../../testing/mockBackend/types.js'
import type { ApiError } from '../ApiError.js'
import { decodeResponse } from '../decode/decodeResponse.js'
import { isApiError } from '../isApiError.js'
import { isSessionEndError } from '../isSessionEndError.js'
import { fromBkendTokens } from './auth/bkendAuth.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { createApiClient } from './createApiClient.js'
import type { AuthOptions } from './types.js'

// Real HTTP on loopback against the mock bkend: the server counts refreshes and revocations.

let server: RunningMockBackend
afterEach(async () => {
  await server?.close()
})

const API_KEY = { 'X-API-Key': 'pk_test_demo' }

/** Signs in on the mock, then builds a client whose refresh calls the mock's refresh endpoint. */
async function setup(backend: MockBackendOptions = {}, auth: Partial<AuthOptions> = {}) {
  server = await startMockBackend(backend)
  const pair = server.control.signIn()
  const store = memoryTokenStore(fromBkendTokens(pair))
  const onSessionExpired = vi.fn<(error: ApiError) => void>()
  const refresh = vi.fn<AuthOptions['refresh']>(async ({ refreshToken, signal }) => {
    const response = await fetch(`${server.url}/v1/auth/refresh`, {
      method: 'POST',
      headers: { ...API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
      signal,
    })
    if (!response.ok) throw await decodeResponse(response)
    return fromBkendTokens(await response.json())
  })
  const client = createApiClient({
    baseUrl: server.url,
    headers: API_KEY,
    unwrap: true,
    auth: { store, refresh, onSessionExpired, ...auth },
  })
  return { client, store, refresh, onSessionExpired, oldToken: pair.accessToken }
}

const waitFor = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 2))
}
const refreshArrivals = () => server.stats.requestsByRoute['POST /v1/auth/refresh'] ?? 0

describe('createApiClient: one refresh per expired token', () => {
  // Sized to pass with room on a busy 2-core machine (500 once timed out at 10 s under load):
  // the 500-request storm is measured by `npm run bench` (bench/2-refreshStorm.bench.mjs).
  it.each([1, 5, 50])(
    'refreshes once for %i concurrent expired requests',
    async (count) => {
      const { client, store, oldToken } = await setup()
      server.control.expireAllTokens()
      const results = await Promise.all(
        Array.from({ length: count }, () => client.get<{ items: unknown[] }>('/v1/data/posts')),
      )
      expect(results.every((result) => Array.isArray(result.items))).toBe(true)
      expect(server.stats.refreshCalls).toBe(1)
      expect(server.stats.sessionsRevoked).toBe(0)
      expect(server.stats.requestsByAccessToken[oldToken]).toBe(count)
      expect(server.stats.requestsByAccessToken[store.get()!.accessToken]).toBe(count)
    },
    30_000,
  )

  it('refreshes once for staggered requests and for a 401 that arrives after the refresh', async () => {
    const { client, store } = await setup()
    server.control.expireAllTokens()
    // The todos request carries the old token but its 401 comes back 300 ms later.
    server.control.fault({ type: 'slow', delayMs: 300, match: { path: '/v1/data/todos' } })
    const late = client.get('/v1/data/todos')
    const staggered: Promise<unknown>[] = []
    for (let index = 0; index < 10; index += 1) {
      staggered.push(client.get('/v1/data/posts'))
      await new Promise((resolve) => setTimeout(resolve, 15))
    }
    await Promise.all(staggered)
    expect(server.stats.refreshCalls).toBe(1)
    await expect(late).resolves.toMatchObject({ items: expect.any(Array) })
    // Each of the 11 requests went through once with the one new token.
    expect(server.stats.requestsByAccessToken[store.get()!.accessToken]).toBe(11)
    expect(server.stats.refreshCalls).toBe(1)
    expect(server.stats.sessionsRevoked).toBe(0)
  })

  // Regression: bkend's Nest-style answer ({ statusCode: 401, error: 'ACCESS_TOKEN_EXPIRED' })
  // decoded as common/access-token-expired, which asked for no refresh: every request failed.
  it("refreshes once when the expiry comes in bkend's Nest-style shape", async () => {
    const { client, store, onSessionExpired } = await setup({ mode: 'bkend-nest' })
    server.control.expireAllTokens()
    const pages = await Promise.all([client.get('/v1/data/posts'), client.get('/v1/data/todos')])
    expect(pages).toEqual([
      expect.objectContaining({ items: expect.any(Array) }),
      expect.objectContaining({ items: expect.any(Array) }),
    ])
    expect(server.stats.refreshCalls).toBe(1)
    expect(server.stats.requestsByAccessToken[store.get()!.accessToken]).toBe(2)
    expect(onSessionExpired).not.toHaveBeenCalled()
  })

  it('makes requests that start during a refresh wait for it instead of sending the old token', async () => {
    const { client, store, oldToken } = await setup()
    server.control.expireAllTokens()
    server.control.fault({ type: 'slow', delayMs: 200, match: { path: '/v1/auth/refresh' } })
    const first = client.get('/v1/data/posts')
    await waitFor(() => refreshArrivals() === 1)
    const during = [client.get('/v1/data/posts'), client.get('/v1/auth/me')]
    await Promise.all([first, ...during])
    expect(server.stats.requestsByAccessToken[oldToken]).toBe(1)
    expect(server.stats.requestsByAccessToken[store.get()!.accessToken]).toBe(3)
    expect(server.stats.refreshCalls).toBe(1)
  })

  it('replays each concurrent POST once with the same body', async () => {
    const { client } = await setup()
    server.control.expireAllTokens()
    const titles = Array.from({ length: 20 }, (_, index) => `Post ${index} é ✓`)
    const created = await Promise.all(
      titles.map((title) =>
        client.post<{ id: string; title: string }>('/v1/data/posts', { title }),
      ),
    )
    expect(created.map((record) => record.title)).toEqual(titles)
    expect(new Set(created.map((record) => record.id)).size).toBe(20)
    expect(server.stats.sideEffects.created).toBe(20)
    expect(server.stats.requestsByRoute['POST /v1/data/:table']).toBe(40)
    expect(server.stats.refreshCalls).toBe(1)
  })

  it('lets the refresh go through the same client without deadlock or a refresh of its own', async () => {
    server = await startMockBackend()
    const pair = server.control.signIn()
    const client = createApiClient({
      baseUrl: server.url,
      headers: API_KEY,
      unwrap: true,
      auth: {
        store: memoryTokenStore(fromBkendTokens(pair)),
        refresh: async ({ refreshToken }) =>
          fromBkendTokens(await client.post('/v1/auth/refresh', { refreshToken })),
      },
    })
    server.control.expireAllTokens()
    await Promise.all(Array.from({ length: 5 }, () => client.get('/v1/auth/me')))
    expect(server.stats.refreshCalls).toBe(1)
    // The refresh call carried no Authorization: only the five first tries used the old token.
    expect(server.stats.requestsByAccessToken[pair.accessToken]).toBe(5)
  })
})

describe('createApiClient: a refresh that fails ends the session once', () => {
  it.each([
    ['a refused refresh token', {}, 'auth/invalid-refresh-token'],
    ['a dropped connection', { drop: true }, 'network/failed'],
  ] as const)('after %s', async (_name, failure, code) => {
    const { client, store, onSessionExpired } = await setup()
    server.control.expireAllTokens()
    server.control.failNextRefreshes(1, failure)
    server.control.fault({ type: 'slow', delayMs: 100, match: { path: '/v1/auth/refresh' } })
    const first = Array.from({ length: 10 }, () => client.get('/v1/data/posts'))
    await waitFor(() => refreshArrivals() === 1)
    const during = client.get('/v1/auth/me')
    const results = await Promise.allSettled([...first, during])
    const errors = results.map((result) => (result.status === 'rejected' ? result.reason : result))
    expect(errors.every((error) => isApiError(error) && error.code === code)).toBe(true)
    // Whatever its code, the error says the session is over: the error hub routes it to `session`.
    expect(errors.every((error) => isSessionEndError(error as ApiError))).toBe(true)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(onSessionExpired.mock.calls[0]![0].code).toBe(code)
    expect(store.get()).toBeUndefined()
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({ status: 401 })
    expect(server.stats.refreshCalls).toBe(1)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })

  it('surfaces a replay that is still refused after one refresh, with no loop', async () => {
    // Every token the mock issues is already expired, so the replay meets a 401 again.
    const { client, refresh } = await setup({ accessTokenTtlMs: 0 })
    const error = await client.get('/v1/data/posts').catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ status: 401, code: 'auth/access-token-expired' })
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(server.stats.requestsByRoute['GET /v1/data/:table']).toBe(2)
  })

  it('does not refresh on a 401 with another code', async () => {
    const { client, store, refresh } = await setup()
    // A well-formed token this backend never issued: 401 auth/invalid-access-token.
    const claims = { sub: 'user_1', sid: 'ses_x', iat: 0, exp: 9e9, jti: 'unknown' }
    store.set({ accessToken: encodeAccessToken(claims), refreshToken: 'rt_x' })
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({
      status: 401,
      code: 'auth/invalid-access-token',
    })
    expect(refresh).not.toHaveBeenCalled()
    expect(server.stats.refreshCalls).toBe(0)
  })
})

describe('createApiClient: aborts, proactive refresh and the bkend preset', () => {
  it('rejects an aborted request at once while the refresh goes on for the others', async () => {
    const { client, store, oldToken } = await setup()
    server.control.expireAllTokens()
    server.control.fault({ type: 'slow', delayMs: 1000, match: { path: '/v1/auth/refresh' } })
    const controller = new AbortController()
    const aborted = client.get('/v1/data/posts', { signal: controller.signal })
    const others = [client.get('/v1/data/posts'), client.get('/v1/auth/me')]
    await waitFor(() => refreshArrivals() === 1)
    controller.abort()
    const error = await aborted.catch((thrown: unknown) => thrown)
    // Rejected before the refresh answered, however busy the machine: it did not wait for it.
    expect(store.get()?.accessToken).toBe(oldToken)
    expect(error).toMatchObject({ kind: 'aborted', code: 'request/aborted' })
    await expect(Promise.all(others)).resolves.toHaveLength(2)
    expect(server.stats.refreshCalls).toBe(1)
  })

  it('refreshes once shortly before expiry when refreshBeforeExpiryMs is set', async () => {
    const { client, store, oldToken } = await setup({}, { refreshBeforeExpiryMs: 5000 })
    store.set({ ...store.get()!, expiresAt: Date.now() + 1000 })
    await Promise.all(Array.from({ length: 5 }, () => client.get('/v1/data/posts')))
    expect(server.stats.refreshCalls).toBe(1)
    expect(server.stats.requestsByAccessToken[oldToken]).toBeUndefined()
    expect(store.get()!.expiresAt).toBeGreaterThan(Date.now() + 3_000_000)
    await client.get('/v1/data/posts')
    expect(server.stats.refreshCalls).toBe(1)
  })

  // Regression: a new token that already looked close to expiry (a lifetime shorter than
  // refreshBeforeExpiryMs, or a clock ahead of the server's) was refreshed before every request.
  it('refreshes ahead once per token, however close to expiry the new token looks', async () => {
    const { client, refresh } = await setup({}, { refreshBeforeExpiryMs: 24 * 3_600_000 })
    for (let index = 0; index < 5; index += 1) await client.get('/v1/data/posts')
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(server.stats.refreshCalls).toBe(1)
    expect(server.stats.requestsByRoute['GET /v1/data/:table']).toBe(5)
  })

  it('starts no proactive refresh for a request whose signal is already aborted', async () => {
    const { client, store, refresh, oldToken } = await setup({}, { refreshBeforeExpiryMs: 5000 })
    store.set({ ...store.get()!, expiresAt: Date.now() + 1000 })
    const reason = new DOMException('The user left the page.', 'AbortError')
    const error = await client
      .get('/v1/data/posts', { signal: AbortSignal.abort(reason) })
      .catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ kind: 'aborted', code: 'request/aborted', cause: reason })
    // The app's refresh function is called synchronously when a refresh starts.
    expect(refresh).not.toHaveBeenCalled()
    expect(store.get()!.accessToken).toBe(oldToken)
    // The next request near expiry still refreshes, once, and is the only one the server saw.
    await client.get('/v1/data/posts')
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(server.stats.refreshCalls).toBe(1)
    expect(server.stats.requestsByRoute['GET /v1/data/:table']).toBe(1)
    expect(server.stats.requestsByAccessToken[oldToken]).toBeUndefined()
  })

  it('works end to end with the bkendAuth preset', async () => {
    server = await startMockBackend()
    const { bkendAuth } = await import('./auth/bkendAuth.js')
    const client = createApiClient(
      bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo' }),
    )
    const answer = await client.post(
      '/v1/auth/email/signin',
      { email: 'demo@example.com', password: 'password123' },
      { auth: false, unwrap: false },
    )
    client.tokens!.set(fromBkendTokens(answer))
    await expect(client.get('/v1/auth/me')).resolves.toMatchObject({ email: 'demo@example.com' })
    server.control.expireAllTokens()
    const results = await Promise.all([client.get('/v1/auth/me'), client.get('/v1/data/posts')])
    expect(results[0]).toMatchObject({ email: 'demo@example.com' })
    expect(results[1]).toMatchObject({ items: expect.any(Array) })
    expect(server.stats.refreshCalls).toBe(1)
    expect(server.stats.sessionsRevoked).toBe(0)
  })
})
