import { decodeError } from '../../decode/decodeError.js'
import type { CrossTab, CrossTabMessage } from './crossTab.js'
import { memoryTokenStore } from './memoryTokenStore.js'
import { createRefreshCoordinator, type RefreshCoordinatorOptions } from './refreshCoordinator.js'
import type { Tokens } from './tokens.js'

// Issue 15, item 5: a refresh token is sent at most once, even when the tab that sent it closes
// before the answer (bkend rotates on receipt and revokes every device's session on a replay).

const T0: Tokens = { accessToken: 'a0', refreshToken: 'r0' }
const T1: Tokens = { accessToken: 'a1', refreshToken: 'r1' }

/** Tabs of one origin in memory: one lock at a time, and messages to every other tab. */
function fakeTabs() {
  let queue: Promise<unknown> = Promise.resolve()
  const listeners = new Set<{ tab: number; listener: (message: CrossTabMessage) => void }>()
  const tab = (id: number): CrossTab => ({
    withLock(task) {
      const run = queue.then(() => task(true))
      queue = run.catch(() => undefined)
      return run
    },
    publish(message) {
      for (const entry of listeners) if (entry.tab !== id) entry.listener(message)
    },
    subscribe(listener) {
      const entry = { tab: id, listener }
      listeners.add(entry)
      return () => listeners.delete(entry)
    },
  })
  return { tab }
}

function coordinator(overrides: Partial<RefreshCoordinatorOptions> = {}) {
  const options: RefreshCoordinatorOptions = {
    store: memoryTokenStore(T0),
    refresh: vi.fn(() => Promise.resolve(T1)),
    endsSession: () => true,
    onSessionExpired: vi.fn(),
    crossTab: undefined,
    timeoutMs: 15_000,
    ...overrides,
  }
  return { options, coordinator: createRefreshCoordinator(options) }
}

describe('createRefreshCoordinator: a refresh token is sent once', () => {
  it('marks the refresh token spent in the store before it is sent', async () => {
    const store = memoryTokenStore(T0)
    const seen: (Tokens | undefined)[] = []
    const { coordinator: c } = coordinator({
      store,
      refresh: () => {
        seen.push(store.get())
        return Promise.resolve(T1)
      },
    })
    await c.recover('a0')
    expect(seen).toEqual([{ ...T0, refreshTokenSpent: true }])
    expect(store.get()).toEqual(T1)
  })

  it('ends the session in this browser, sending nothing, when a tab that vanished spent it', async () => {
    vi.useFakeTimers()
    try {
      const tabs = fakeTabs()
      // The shared store (localStorage) as the closed tab left it: marked, no newer tokens.
      const store = memoryTokenStore({ ...T0, refreshTokenSpent: true })
      const b = coordinator({ store, crossTab: tabs.tab(2) })
      const c = coordinator({ store: memoryTokenStore(T0), crossTab: tabs.tab(3) })
      const recovery = b.coordinator.recover('a0').catch((error: unknown) => error)
      // The tab waits a moment for tokens that may still be on their way, then gives up.
      await vi.advanceTimersByTimeAsync(1000)
      expect(await recovery).toMatchObject({ code: 'auth/session-expired', status: 401 })
      expect(b.options.refresh).not.toHaveBeenCalled()
      expect(store.get()).toBeUndefined()
      expect(b.options.onSessionExpired).toHaveBeenCalledTimes(1)
      // The other tabs of the browser hear of it and end their session too, once.
      expect(c.options.onSessionExpired).toHaveBeenCalledTimes(1)
      expect(c.options.store.get()).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })

  it('gives the refresh token back after a 429 or 503, which did not use it up', async () => {
    const busy = decodeError('', { status: 503 })
    const refresh = vi.fn().mockRejectedValueOnce(busy).mockResolvedValueOnce(T1)
    const { options, coordinator: c } = coordinator({
      refresh,
      endsSession: (error) => error.status !== 503,
    })
    await expect(c.recover('a0')).rejects.toBe(busy)
    expect(options.store.get()).toEqual(T0)
    await c.recover('a0')
    expect(refresh).toHaveBeenCalledTimes(2)
    expect(options.store.get()).toEqual(T1)
    expect(options.onSessionExpired).not.toHaveBeenCalled()
  })
})
