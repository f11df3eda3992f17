import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import { encodeAccessToken } from '../../testing/mockBackend/tokens.js'
import type { MockBackendOptions } from '../../testing/mockBackend/types.js'
import type { ApiError } from '../ApiError.js'
import { isSessionEndError } from '../isSessionEndError.js'
import { bkendAuth, fromBkendTokens } from './auth/bkendAuth.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { createApiClient } from './createApiClient.js'
import type { ApiClientOptions, AuthOptions } from './types.js'

// The end of a session as an event of the client, over real HTTP on loopback against the mock
// bkend: however the session ends, `onSessionExpired` and each `onSessionEnd` listener run once.

let server: RunningMockBackend
afterEach(async () => {
  await server?.close()
})

const API_KEY = { 'X-API-Key': 'pk_test_demo' }
/** A well-formed token the mock never issued: 401 `auth/invalid-access-token`. */
const unknownToken = () =>
  encodeAccessToken({ sub: 'user_1', sid: 'ses_x', iat: 0, exp: 9e9, jti: crypto.randomUUID() })

async function setup(
  backend: MockBackendOptions = {},
  auth: Partial<AuthOptions> = {},
  client: Partial<ApiClientOptions> = {},
) {
  server = await startMockBackend(backend)
  const store = memoryTokenStore(fromBkendTokens(server.control.signIn()))
  const onSessionExpired = vi.fn<(error: ApiError) => void>()
  // The preset's own refresh: POST /v1/auth/refresh on the mock.
  const refresh = vi.fn(
    bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo' }).auth!.refresh,
  )
  const api = createApiClient({
    baseUrl: server.url,
    headers: API_KEY,
    unwrap: true,
    retry: false,
    auth: { store, refresh, onSessionExpired, ...auth },
    ...client,
  })
  // What each end looked like to a listener: the store was already empty, no request had failed.
  const ends: { code: string; storeEmpty: boolean; settled: number }[] = []
  let settled = 0
  api.onSessionEnd((error) => ends.push({ code: error.code, storeEmpty: !store.get(), settled }))
  const settle = (requests: Promise<unknown>[]) =>
    Promise.all(
      requests.map((request) =>
        request.then(
          (value) => ((settled += 1), value),
          (error: ApiError) => ((settled += 1), error),
        ),
      ),
    )
  return { api, store, refresh, onSessionExpired, ends, settle }
}

describe('ApiClient.onSessionEnd: a refresh that fails', () => {
  it.each([
    ['refused', {}, 'auth/invalid-refresh-token'],
    ['dropped', { drop: true }, 'network/failed'],
  ] as const)(
    'runs once when the refresh is %s, and again after the next sign-in',
    async (_n, failure, code) => {
      const { api, store, onSessionExpired, ends, settle } = await setup()
      server.control.expireAllTokens()
      server.control.failNextRefreshes(1, failure)
      const results = await settle(Array.from({ length: 8 }, () => api.get('/v1/data/posts')))
      expect(results.map((error) => (error as ApiError).code)).toEqual(Array(8).fill(code))
      expect(ends).toEqual([{ code, storeEmpty: true, settled: 0 }])
      expect(onSessionExpired).toHaveBeenCalledTimes(1)
      expect(onSessionExpired.mock.calls[0]![0]).toBe(results[0])
      // Signing in starts a new session, which ends again on its own.
      store.set(fromBkendTokens(server.control.signIn()))
      server.control.expireAllTokens()
      server.control.failNextRefreshes(1, failure)
      await settle([api.get('/v1/data/posts'), api.get('/v1/auth/me')])
      expect(ends.map((end) => end.code)).toEqual([code, code])
      expect(onSessionExpired).toHaveBeenCalledTimes(2)
    },
  )

  it('never runs without auth, and stops after unsubscribe', async () => {
    server = await startMockBackend()
    const plain = createApiClient({ baseUrl: server.url, headers: API_KEY })
    const listener = vi.fn()
    expect(plain.onSessionEnd(listener)).toBeTypeOf('function')
    await plain.get('/v1/auth/me').catch(() => undefined)
    expect(listener).not.toHaveBeenCalled()

    await server.close()
    const { api, onSessionExpired } = await setup()
    const stop = api.onSessionEnd(listener)
    stop()
    server.control.revokeAllSessions()
    await api.get('/v1/auth/me').catch(() => undefined)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('createApiClient: a 401 that no refresh can fix ends the session', () => {
  it.each([
    ['a token the server does not know', {}, 'unknown', 'auth/invalid-access-token'],
    ['a token it cannot read', {}, 'not-a-jwt', 'auth/invalid-token-format'],
    ['a bare 401 (Backstack)', { mode: 'backstack' }, 'unknown', 'http/401'],
  ] as const)('on %s', async (_name, backend, token, code) => {
    const { api, store, refresh, onSessionExpired, ends, settle } = await setup(backend)
    const accessToken = token === 'unknown' ? unknownToken() : token
    store.set({ accessToken, refreshToken: 'rt_unused' })
    const results = await settle(Array.from({ length: 5 }, () => api.get('/v1/data/posts')))
    for (const error of results) {
      expect(error).toMatchObject({ status: 401, code })
      expect(isSessionEndError(error as ApiError)).toBe(true)
    }
    expect(ends).toEqual([{ code, storeEmpty: true, settled: 0 }])
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(refresh).not.toHaveBeenCalled()
    // Signed out: the next request goes without a token, and ends nothing more.
    await api.get('/v1/data/posts').catch(() => undefined)
    expect(server.stats.requestsByRoute['GET /v1/data/:table']).toBe(6)
    expect(ends).toHaveLength(1)
  })

  it('on a session revoked on the server (sign-out on another device)', async () => {
    const { api, store, ends } = await setup()
    server.control.revokeAllSessions()
    await expect(api.get('/v1/auth/me')).rejects.toMatchObject({ code: 'auth/session-expired' })
    expect(store.get()).toBeUndefined()
    expect(ends.map((end) => end.code)).toEqual(['auth/session-expired'])
  })

  it('on a missing Authorization header while the client holds a token (a proxy dropped it)', async () => {
    const dropAuthorization: typeof fetch = (url, init) => {
      const headers = { ...(init?.headers as Record<string, string>) }
      delete headers.authorization
      return fetch(url, { ...init, headers })
    }
    const { api, store, ends } = await setup({}, {}, { fetch: dropAuthorization })
    await expect(api.get('/v1/auth/me')).rejects.toMatchObject({
      code: 'auth/missing-authorization-header',
    })
    expect(store.get()).toBeUndefined()
    expect(ends.map((end) => end.code)).toEqual(['auth/missing-authorization-header'])
  })

  it('keeps the session on a 401 with another code (a wrong password) and when endsSessionOn says so', async () => {
    const { api, store, ends } = await setup({}, { endsSessionOn: () => false })
    const wrongPassword = { email: 'demo@example.com', password: 'wrong-password' }
    await expect(api.post('/v1/auth/email/signin', wrongPassword)).rejects.toMatchObject({
      code: 'auth/invalid-credentials',
    })
    store.set({ accessToken: unknownToken() })
    await expect(api.get('/v1/data/posts')).rejects.toMatchObject({
      code: 'auth/invalid-access-token',
    })
    expect(store.get()).toBeDefined()
    expect(ends).toEqual([])

    await server.close()
    const defaults = await setup()
    await expect(defaults.api.post('/v1/auth/email/signin', wrongPassword)).rejects.toMatchObject({
      code: 'auth/invalid-credentials',
    })
    expect(defaults.store.get()).toBeDefined()
    expect(defaults.ends).toEqual([])
  })

  it('sends the request again with the tokens stored while its 401 was on its way', async () => {
    const { api, store, ends } = await setup()
    const valid = store.get()!
    store.set({ accessToken: unknownToken() })
    server.control.fault({ type: 'slow', delayMs: 200, match: { path: '/v1/data/todos' } })
    const pending = api.get('/v1/data/todos')
    await vi.waitFor(() => expect(server.stats.requestsByRoute['GET /v1/data/:table']).toBe(1))
    // A sign-in (or another tab's refresh) lands while the first answer is still on its way.
    store.set(valid)
    await expect(pending).resolves.toMatchObject({ items: expect.any(Array) })
    expect(server.stats.requestsByAccessToken[valid.accessToken]).toBe(1)
    expect(ends).toEqual([])
  })

  it('waits for a refresh under way before judging a 401 of the token it replaces', async () => {
    let refreshStarted!: () => void
    const started = new Promise<void>((resolve) => (refreshStarted = resolve))
    // The todos 401 reaches the client only once the refresh is under way.
    const gated: typeof fetch = async (url, init) => {
      const response = await fetch(url, init)
      if (String(url).includes('/todos')) await started
      return response
    }
    const { api, store, refresh, ends } = await setup({}, {}, { fetch: gated })
    const wrapped = refresh.getMockImplementation()!
    refresh.mockImplementation((context) => (refreshStarted(), wrapped(context)))
    server.control.expireAllTokens()
    const code = 'auth/invalid-access-token'
    server.control.fault({ type: 'status', status: 401, code, match: { path: '/v1/data/todos' } })
    const results = await Promise.all([api.get('/v1/data/posts'), api.get('/v1/data/todos')])
    expect(results).toMatchObject([{ items: expect.any(Array) }, { items: expect.any(Array) }])
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(server.stats.requestsByAccessToken[store.get()!.accessToken]).toBe(2)
    expect(ends).toEqual([])
  })
})
