// @vitest-environment jsdom
import { inProcessLocks } from '../../../test/support/inProcessLocks.js'
import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import type { ApiError } from '../ApiError.js'
import { bkendAuth, fromBkendTokens } from './auth/bkendAuth.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { localStorageTokenStore } from './auth/webStorageTokenStore.js'
import { createApiClient } from './createApiClient.js'

// Clients in one process as tabs of one origin: Node's real BroadcastChannel, in-process Web
// Locks, jsdom's localStorage (whose storage event, which a browser fires in the other tabs, is
// dispatched here by hand) and the mock bkend over real HTTP. Each tab hears each end once.

const KEY = 'api-error-kit.tokens'
let server: RunningMockBackend
const clients: { dispose(): void }[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.dispose()
  vi.unstubAllGlobals()
  localStorage.clear()
  await server?.close()
})

/** A tab: a bkendAuth client on `storage`, and the codes its onSessionEnd and onSessionExpired heard. */
function openTab(storage: 'local' | 'memory', tokens: unknown) {
  const store = storage === 'local' ? localStorageTokenStore() : memoryTokenStore()
  const expired: string[] = []
  const client = createApiClient(
    bkendAuth({
      baseUrl: server.url,
      publishableKey: 'pk_test_demo',
      storage: store,
      auth: { onSessionExpired: (error) => expired.push(error.code) },
    }),
  )
  clients.push(client)
  if (!store.get()) store.set(fromBkendTokens(tokens))
  const ends: string[] = []
  client.onSessionEnd((error: ApiError) => ends.push(error.code))
  return { client, store, ends, expired }
}

/** What the browser does in every other tab when one tab writes `key` of localStorage. */
const storageEventFromOtherTab = () =>
  window.dispatchEvent(new StorageEvent('storage', { key: KEY }))

/** Lets BroadcastChannel messages (delivered between event-loop turns) arrive. */
const messagesDelivered = () => new Promise((resolve) => setTimeout(resolve, 50))

beforeEach(async () => {
  vi.stubGlobal('navigator', { locks: inProcessLocks() })
  server = await startMockBackend()
})

describe('ApiClient.onSessionEnd across tabs', () => {
  it.each(['memory', 'local'] as const)(
    'runs once in every tab when one tab’s refresh is refused (%s storage)',
    async (storage) => {
      const tokens = server.control.signIn()
      const tabs = [openTab(storage, tokens), openTab(storage, tokens), openTab(storage, tokens)]
      server.control.expireAllTokens()
      server.control.failNextRefreshes(1)
      await expect(tabs[0]!.client.get('/v1/auth/me')).rejects.toMatchObject({
        code: 'auth/invalid-refresh-token',
      })
      if (storage === 'local') storageEventFromOtherTab()
      await messagesDelivered()
      for (const tab of tabs) {
        expect(tab.ends).toHaveLength(1)
        expect(tab.expired).toEqual(tab.ends)
        expect(tab.store.get()).toBeUndefined()
      }
      expect(server.stats.refreshCalls).toBe(1)
      expect(server.stats.sessionsRevoked).toBe(0)
    },
  )

  // Regression: a tab ignored the sign-out broadcast when the shared store was already empty,
  // so with localStorage most idle tabs never heard that the session had ended.
  it('ends the session of a tab whose shared store another tab emptied, whichever news comes first', async () => {
    const tokens = server.control.signIn()
    const tab = openTab('local', tokens)
    const other = new BroadcastChannel(`api-error-kit:${server.url}`)
    try {
      // The sign-out message first, the store already empty...
      localStorage.removeItem(KEY)
      other.postMessage({ type: 'signed-out', code: 'auth/invalid-refresh-token' })
      await messagesDelivered()
      storageEventFromOtherTab()
      expect(tab.ends).toEqual(['auth/invalid-refresh-token'])
      // ...or the storage event alone (a tab without BroadcastChannel, or a plain sign-out).
      tab.store.set(fromBkendTokens(server.control.signIn()))
      localStorage.removeItem(KEY)
      storageEventFromOtherTab()
      other.postMessage({ type: 'signed-out', code: 'auth/invalid-refresh-token' })
      await messagesDelivered()
      expect(tab.ends).toEqual(['auth/invalid-refresh-token', 'auth/session-expired'])
      expect(tab.expired).toEqual(tab.ends)
    } finally {
      other.close()
    }
  })

  it('does not count a sign-out of this tab (the app clears the store) as an end', async () => {
    const tab = openTab('local', server.control.signIn())
    tab.store.clear()
    await messagesDelivered()
    expect(tab.ends).toEqual([])
    expect(tab.expired).toEqual([])
  })

  it('runs once in each tab when a 401 no refresh can fix ends the session in one', async () => {
    const tokens = server.control.signIn()
    const tabs = [openTab('memory', tokens), openTab('memory', tokens)]
    server.control.revokeAllSessions()
    const results = await Promise.allSettled([
      tabs[0]!.client.get('/v1/auth/me'),
      tabs[0]!.client.get('/v1/data/posts'),
    ])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    await messagesDelivered()
    expect(tabs.map((tab) => tab.ends)).toEqual([
      ['auth/session-expired'],
      ['auth/session-expired'],
    ])
    expect(server.stats.refreshCalls).toBe(0)
  })
})
