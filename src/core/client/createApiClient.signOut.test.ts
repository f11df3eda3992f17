import { expectUnhandledRejection } from '../../../test/support/unhandledRejection.js'
import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import type { ApiError } from '../ApiError.js'
import { bkendAuth, fromBkendTokens } from './auth/bkendAuth.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import type { TokenChange, Tokens, TokenStore } from './auth/tokens.js'
import { createApiClient } from './createApiClient.js'

// The app's own sign-out as an event of the client, over real HTTP on loopback against the mock
// bkend: a `tokens.clear()` in this tab calls each `onSignOut` listener once and ends no session;
// a session that ends, here or by another tab, calls none.

let server: RunningMockBackend
afterEach(async () => {
  await server?.close()
})

const API_KEY = { 'X-API-Key': 'pk_test_demo' }

/** A store shared with another tab, which can empty it as the browser tells (a `storage` event). */
function sharedStore(initial: Tokens): TokenStore & { clearedByOtherTab(): void } {
  const inner = memoryTokenStore(initial)
  const listeners = new Set<(tokens: Tokens | undefined, change?: TokenChange) => void>()
  let fromOtherTab = false
  inner.subscribe((tokens) => {
    for (const listener of [...listeners]) listener(tokens, { fromOtherTab })
  })
  return {
    get: inner.get,
    set: inner.set,
    clear: inner.clear,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    clearedByOtherTab() {
      fromOtherTab = true
      try {
        inner.clear()
      } finally {
        fromOtherTab = false
      }
    },
  }
}

async function setup<S extends TokenStore>(makeStore: (tokens: Tokens) => S) {
  server = await startMockBackend()
  const tokens = makeStore(fromBkendTokens(server.control.signIn()))
  const onSessionExpired = vi.fn<(error: ApiError) => void>()
  const api = createApiClient({
    baseUrl: server.url,
    headers: API_KEY,
    unwrap: true,
    retry: false,
    auth: {
      store: tokens,
      crossTab: false,
      refresh: bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo' }).auth!.refresh,
      onSessionExpired,
    },
  })
  const ends: string[] = []
  const signOuts: { storeEmpty: boolean }[] = []
  api.onSessionEnd((error) => ends.push(error.code))
  api.onSignOut(() => signOuts.push({ storeEmpty: !tokens.get() }))
  return { api, store: tokens, onSessionExpired, ends, signOuts }
}

describe('ApiClient.onSignOut', () => {
  it('runs once when the app clears the store, ends no session, and again after the next sign-in', async () => {
    const { api, store, onSessionExpired, ends, signOuts } = await setup(memoryTokenStore)
    await expect(api.get('/v1/auth/me')).resolves.toMatchObject({ email: 'demo@example.com' })
    store.clear()
    store.clear()
    expect(signOuts).toEqual([{ storeEmpty: true }])
    // Signed out: the next request goes without a token, and its 401 is neither news.
    await expect(api.get('/v1/auth/me')).rejects.toMatchObject({
      code: 'auth/missing-authorization-header',
    })
    expect(signOuts).toHaveLength(1)
    expect(ends).toEqual([])
    expect(onSessionExpired).not.toHaveBeenCalled()

    store.set(fromBkendTokens(server.control.signIn()))
    await expect(api.get('/v1/auth/me')).resolves.toMatchObject({ email: 'demo@example.com' })
    store.clear()
    expect(signOuts).toHaveLength(2)
    expect(ends).toEqual([])
  })

  it.each(['a refresh is refused', 'a 401 no refresh can fix'])(
    'does not run when the session ends (%s)',
    async (how) => {
      const { api, store, onSessionExpired, ends, signOuts } = await setup(memoryTokenStore)
      if (how === 'a refresh is refused') {
        server.control.expireAllTokens()
        server.control.failNextRefreshes(1)
      } else server.control.revokeAllSessions()
      await expect(api.get('/v1/auth/me')).rejects.toMatchObject({ status: 401 })
      expect(store.get()).toBeUndefined()
      expect(ends).toHaveLength(1)
      expect(onSessionExpired).toHaveBeenCalledTimes(1)
      expect(signOuts).toEqual([])
    },
  )

  it('counts a shared store another tab emptied as a session end, not a sign-out', async () => {
    const { store, ends, signOuts, onSessionExpired } = await setup(sharedStore)
    store.clearedByOtherTab()
    expect(ends).toEqual(['auth/session-expired'])
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(signOuts).toEqual([])
    // This tab's own clear of the store is a sign-out again, once signed back in.
    store.set(fromBkendTokens(server.control.signIn()))
    store.clear()
    expect(signOuts).toHaveLength(1)
    expect(ends).toHaveLength(1)
  })

  it('never runs without auth, stops after unsubscribe, and a listener that throws stops no other', async () => {
    server = await startMockBackend()
    const plain = createApiClient({ baseUrl: server.url, headers: API_KEY })
    expect(plain.onSignOut(() => {})).toBeTypeOf('function')
    await server.close()

    const { api, store, signOuts } = await setup(memoryTokenStore)
    const removed = vi.fn()
    api.onSignOut(removed)()
    const after = vi.fn()
    const reported = await expectUnhandledRejection(() => {
      api.onSignOut(() => {
        throw new Error('router not ready')
      })
      api.onSignOut(after)
      store.clear()
    })
    expect(reported).toMatchObject({ message: 'router not ready' })
    expect(after).toHaveBeenCalledTimes(1)
    expect(signOuts).toHaveLength(1)
    expect(removed).not.toHaveBeenCalled()
  })
})
