import { createCrossTab } from './crossTab.js'
import { memoryTokenStore } from './memoryTokenStore.js'
import { createRefreshCoordinator } from './refreshCoordinator.js'
import type { Tokens } from './tokens.js'

// What arrives on the real BroadcastChannel of the origin from another tab: a tab of another
// version of the app, a buggy script, or a stale message. Web Locks are stubbed (Node has none).

const T0: Tokens = { accessToken: 'a0', refreshToken: 'r0' }
const NAME = 'api-error-kit:https://api.example.com'
const opened: { close(): void }[] = []

afterEach(() => {
  for (const item of opened.splice(0)) item.close()
  vi.unstubAllGlobals()
})

/** One tab's coordinator on the real channel, and a channel of another "tab" to post from. */
function tab() {
  vi.stubGlobal('navigator', { locks: { request: vi.fn() } })
  const store = memoryTokenStore(T0)
  const onSessionExpired = vi.fn()
  const coordinator = createRefreshCoordinator({
    store,
    refresh: vi.fn(() => Promise.resolve({ accessToken: 'a1', refreshToken: 'r1' })),
    endsSession: () => true,
    onSessionExpired,
    crossTab: createCrossTab(NAME),
    timeoutMs: 15_000,
  })
  const other = new BroadcastChannel(NAME)
  opened.push(other, { close: () => coordinator.dispose() })
  // The listener of this tab's own channel is its only reference: closing ends the test cleanly.
  return { store, onSessionExpired, coordinator, other }
}

/** Resolves once `channel`'s message has been delivered to every other listener of its name. */
async function posted(other: BroadcastChannel, message: unknown) {
  const probe = new BroadcastChannel(NAME)
  opened.push(probe)
  const delivered = new Promise((resolve) => probe.addEventListener('message', resolve))
  other.postMessage(message)
  await delivered
  // Listeners of one message run in the order the channels were made: the tab's came first.
  await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('createRefreshCoordinator: messages from other tabs', () => {
  // Regression: every message that was not `tokens` counted as a sign-out, so a tab of a newer
  // app version (a message type this one does not know) or any stray message signed the user out.
  it.each([
    ['an unknown type', { type: 'refreshing' }],
    ['no type', { tokens: { accessToken: 'x' } }],
    ['a string', 'signed-out'],
    ['null', null],
  ])('keeps the session on a message with %s', async (_name, message) => {
    const { store, onSessionExpired, other } = tab()
    await posted(other, message)
    expect(store.get()).toEqual(T0)
    expect(onSessionExpired).not.toHaveBeenCalled()
  })

  // Regression: tokens of any shape were stored as they came, so a message with a numeric or
  // empty access token was sent as `Authorization: Bearer 5`, and `tokens: null` threw.
  it.each([
    ['null', null],
    ['a number as access token', { accessToken: 5 }],
    ['an empty access token', { accessToken: '' }],
    ['a string', 'a1'],
  ])('ignores tokens that are %s', async (_name, tokens) => {
    const { store, onSessionExpired, other } = tab()
    await posted(other, { type: 'tokens', tokens })
    expect(store.get()).toEqual(T0)
    expect(onSessionExpired).not.toHaveBeenCalled()
  })

  it('takes well-formed tokens and a sign-out from another tab', async () => {
    const { store, onSessionExpired, coordinator, other } = tab()
    await posted(other, { type: 'tokens', tokens: { accessToken: 'a1', refreshToken: 'r1' } })
    expect(store.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1' })
    await posted(other, { type: 'signed-out', code: 'auth/invalid-refresh-token' })
    expect(store.get()).toBeUndefined()
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    await expect(coordinator.recover('a1')).rejects.toMatchObject({
      code: 'auth/invalid-refresh-token',
    })
  })

  it('hears nothing from the channel of another baseUrl', async () => {
    const { store, onSessionExpired } = tab()
    const elsewhere = new BroadcastChannel('api-error-kit:https://other.example.com')
    opened.push(elsewhere)
    elsewhere.postMessage({ type: 'signed-out', code: 'auth/session-expired' })
    elsewhere.postMessage({ type: 'tokens', tokens: { accessToken: 'evil' } })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(store.get()).toEqual(T0)
    expect(onSessionExpired).not.toHaveBeenCalled()
  })
})
