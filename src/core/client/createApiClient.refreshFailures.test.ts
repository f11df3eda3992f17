import { expectUnhandledRejection } from '../../../test/support/unhandledRejection.js'
import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import { decodeResponse } from '../decode/decodeResponse.js'
import { isApiError } from '../isApiError.js'
import { fromBkendTokens } from './auth/bkendAuth.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import type { TokenStore } from './auth/tokens.js'
import { createApiClient } from './createApiClient.js'
import type { AuthOptions } from './types.js'

// Real HTTP on loopback against the mock bkend, with an app whose auth code misbehaves: a
// refresh that answers nonsense or never, and callbacks or stores that throw.

let server: RunningMockBackend
afterEach(async () => {
  vi.useRealTimers()
  await server?.close()
})

const API_KEY = { 'X-API-Key': 'pk_test_demo' }

/** Signs in on the mock, expires the token, and builds a client with the given auth. */
async function setup(
  auth: Omit<AuthOptions, 'store'>,
  wrapStore: (store: TokenStore) => TokenStore = (store) => store,
) {
  server = await startMockBackend()
  const store = wrapStore(memoryTokenStore(fromBkendTokens(server.control.signIn())))
  server.control.expireAllTokens()
  const client = createApiClient({
    baseUrl: server.url,
    headers: API_KEY,
    unwrap: true,
    auth: { ...auth, store },
  })
  return { client, store }
}

/** The mock's real refresh endpoint. */
const realRefresh: AuthOptions['refresh'] = async ({ refreshToken, signal }) => {
  const response = await fetch(`${server.url}/v1/auth/refresh`, {
    method: 'POST',
    headers: { ...API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
    signal,
  })
  if (!response.ok) throw await decodeResponse(response)
  return fromBkendTokens(await response.json())
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  )

describe('createApiClient: a refresh function that misbehaves', () => {
  it.each([
    ['tokens without accessToken', () => Promise.resolve({ refreshToken: 'r' })],
    ['a number', () => Promise.resolve(42)],
    ['a rejected string', () => Promise.reject('nope')],
    ['a rejected undefined', () => Promise.reject(undefined)],
    [
      'a synchronous throw',
      () => {
        throw new Error('boom')
      },
    ],
  ])('fails the request with an ApiError and ends the session on %s', async (_name, refresh) => {
    const onSessionExpired = vi.fn()
    const spy = vi.fn(refresh as unknown as AuthOptions['refresh'])
    const { client, store } = await setup({ refresh: spy, onSessionExpired })
    const error = await failure(client.get('/v1/data/posts'))
    expect(isApiError(error)).toBe(true)
    expect(store.get()).toBeUndefined()
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    // The next request goes without a token and does not refresh again: the session is over.
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({
      code: 'auth/missing-authorization-header',
    })
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it('stops an aborted request at once and keeps the tokens its refresh brings later', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { client, store } = await setup({
      refresh: async (context) => {
        await gate
        return realRefresh(context)
      },
    })
    const controller = new AbortController()
    const pending = failure(client.get('/v1/data/posts', { signal: controller.signal }))
    await vi.waitFor(() => expect(server.stats.requestsByRoute['GET /v1/data/:table']).toBe(1))
    controller.abort()
    expect(await pending).toMatchObject({ kind: 'aborted' })
    release()
    await vi.waitFor(() => expect(server.stats.refreshCalls).toBe(1))
    await vi.waitFor(() => expect(store.get()?.refreshToken).not.toBeUndefined())
    await expect(client.get('/v1/data/posts')).resolves.toMatchObject({ items: expect.any(Array) })
    expect(server.stats.refreshCalls).toBe(1)
  })

  it('times a refresh that never answers out after refreshTimeoutMs', async () => {
    const { client, store } = await setup({
      refresh: () => new Promise(() => {}),
      refreshTimeoutMs: 50,
      endsSession: () => false,
    })
    const started = performance.now()
    const error = await failure(client.get('/v1/data/posts', { retry: false }))
    expect(error).toMatchObject({ kind: 'timeout' })
    expect(performance.now() - started).toBeLessThan(2000)
    // Told that a timeout does not end the session, the tokens stay.
    expect(store.get()).not.toBeUndefined()
  })
})

describe('createApiClient: app callbacks that throw', () => {
  // Regression: a handler that threw replaced the session-end error the waiting requests failed
  // with by its own error, so the app saw "Something went wrong" instead of a session end.
  it('fails the request with the session-end error when onSessionExpired throws', async () => {
    const reported = await expectUnhandledRejection(async () => {
      const { client, store } = await setup({
        refresh: realRefresh,
        onSessionExpired: () => {
          throw new Error('router not ready')
        },
      })
      server.control.failNextRefreshes(1)
      const results = await Promise.all([
        failure(client.get('/v1/data/posts')),
        failure(client.get('/v1/data/posts')),
      ])
      for (const error of results)
        expect(error).toMatchObject({ code: 'auth/invalid-refresh-token', status: 401 })
      expect(store.get()).toBeUndefined()
    })
    expect(reported).toMatchObject({ message: 'router not ready' })
  })

  it("fails the request with an ApiError when the store's set throws (storage full)", async () => {
    const { client, store } = await setup({ refresh: realRefresh }, (inner) => ({
      ...inner,
      set: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }))
    const error = await failure(client.get('/v1/data/posts'))
    expect(isApiError(error)).toBe(true)
    // The refresh token just used up is not kept: a reload must not replay it.
    expect(store.get()).toBeUndefined()
  })
})
