import { decodeError } from '../../decode/decodeError.js'
import { createCrossTab, type CrossTab, type CrossTabMessage } from './crossTab.js'
import { memoryTokenStore } from './memoryTokenStore.js'
import { createRefreshCoordinator, type RefreshCoordinatorOptions } from './refreshCoordinator.js'
import type { Tokens } from './tokens.js'

const T0: Tokens = { accessToken: 'a0', refreshToken: 'r0' }
const T1: Tokens = { accessToken: 'a1', refreshToken: 'r1' }

/** A promise with its resolve and reject, to decide when a refresh answers. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/**
 * Tabs of one origin in memory: one lock at a time, and messages to every other tab, delivered
 * at once or after `messageDelayMs` (a message may arrive after the lock changed hands).
 */
function fakeTabs(messageDelayMs = 0) {
  let queue: Promise<unknown> = Promise.resolve()
  let held = 0
  const listeners = new Set<{ tab: number; listener: (message: CrossTabMessage) => void }>()
  const tab = (id: number): CrossTab => ({
    withLock(task) {
      const contended = held > 0
      held += 1
      const run = queue.then(() => {
        return task(contended)
      })
      queue = run.catch(() => undefined).finally(() => (held -= 1))
      return run
    },
    publish(message) {
      for (const entry of listeners) {
        if (entry.tab === id) continue
        if (messageDelayMs === 0) entry.listener(message)
        else setTimeout(() => entry.listener(message), messageDelayMs)
      }
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

describe('createRefreshCoordinator in one tab', () => {
  it('refreshes once for any number of concurrent recoveries of one token', async () => {
    const refresh = deferred<Tokens>()
    const { options, coordinator: c } = coordinator({ refresh: vi.fn(() => refresh.promise) })
    const waits = Array.from({ length: 20 }, () => c.recover('a0'))
    refresh.resolve(T1)
    await Promise.all(waits)
    expect(options.refresh).toHaveBeenCalledTimes(1)
    expect(options.store.get()).toEqual(T1)
    // A late recovery of the replaced token resolves at once, without a refresh.
    await c.recover('a0')
    expect(options.refresh).toHaveBeenCalledTimes(1)
  })

  it('makes new requests wait for a refresh under way and lets an aborted one go at once', async () => {
    const refresh = deferred<Tokens>()
    const { coordinator: c } = coordinator({ refresh: () => refresh.promise })
    const recovering = c.recover('a0')
    const waiting = c.tokensForRequest()
    const controller = new AbortController()
    const aborted = c.tokensForRequest(controller.signal)
    controller.abort()
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
    refresh.resolve(T1)
    await expect(waiting).resolves.toEqual(T1)
    await recovering
  })

  it('tells the refresh function apart, synchronously, with insideRefresh', async () => {
    const seen: boolean[] = []
    const { coordinator: c } = coordinator({
      refresh: () => {
        seen.push(c.insideRefresh)
        return Promise.resolve(T1)
      },
    })
    expect(c.insideRefresh).toBe(false)
    await c.recover('a0')
    expect(seen).toEqual([true])
    expect(c.insideRefresh).toBe(false)
  })

  it('ends the session once when the refresh fails, and fails every waiting request', async () => {
    const refused = decodeError(
      { success: false, error: { code: 'auth/invalid-refresh-token' } },
      { status: 401 },
    )
    const { options, coordinator: c } = coordinator({
      refresh: vi.fn(() => Promise.reject(refused)),
    })
    const results = await Promise.allSettled([
      c.recover('a0'),
      c.recover('a0'),
      c.tokensForRequest(),
    ])
    expect(results.map((result) => result.status === 'rejected' && result.reason)).toEqual([
      refused,
      refused,
      refused,
    ])
    expect(options.onSessionExpired).toHaveBeenCalledTimes(1)
    expect(options.store.get()).toBeUndefined()
    await expect(c.recover('a0')).rejects.toBe(refused)
    expect(options.refresh).toHaveBeenCalledTimes(1)
  })

  it('keeps the session after a failure that does not end it', async () => {
    const busy = decodeError('', { status: 503 })
    const { options, coordinator: c } = coordinator({
      refresh: () => Promise.reject(busy),
      endsSession: (error) => error.status !== 503,
    })
    await expect(c.recover('a0')).rejects.toBe(busy)
    expect(options.store.get()).toEqual(T0)
    expect(options.onSessionExpired).not.toHaveBeenCalled()
  })

  it('fails a refresh that outlasts timeoutMs and one that resolves to no tokens', async () => {
    vi.useFakeTimers()
    try {
      const { coordinator: slow } = coordinator({
        refresh: () => new Promise(() => {}),
        timeoutMs: 1000,
      })
      const pending = slow.recover('a0').catch((error: unknown) => error)
      await vi.advanceTimersByTimeAsync(1000)
      expect(await pending).toMatchObject({ kind: 'timeout' })
    } finally {
      vi.useRealTimers()
    }
    const empty = coordinator({ refresh: () => Promise.resolve({} as Tokens) }).coordinator
    await expect(empty.recover('a0')).rejects.toMatchObject({
      message: expect.stringMatching(/accessToken/),
    })
  })
})

describe('createRefreshCoordinator across tabs', () => {
  it('re-reads the tokens after taking the lock and skips the refresh another tab made', async () => {
    const tabs = fakeTabs()
    const refreshA = deferred<Tokens>()
    const a = coordinator({ crossTab: tabs.tab(1), refresh: vi.fn(() => refreshA.promise) })
    const b = coordinator({
      crossTab: tabs.tab(2),
      refresh: vi.fn(() => Promise.resolve({ accessToken: 'b1' })),
    })
    const waits = [a.coordinator.recover('a0'), b.coordinator.recover('a0')]
    refreshA.resolve(T1)
    await Promise.all(waits)
    expect(a.options.refresh).toHaveBeenCalledTimes(1)
    expect(b.options.refresh).not.toHaveBeenCalled()
    expect(b.options.store.get()).toEqual(T1)
  })

  it('waits for the tokens of the tab that refreshed when they arrive after the lock', async () => {
    // Regression: the second tab took the lock before the new tokens reached it, refreshed
    // with the rotated refresh token, and bkend's replay detection signed the user out.
    const tabs = fakeTabs(30)
    const a = coordinator({ crossTab: tabs.tab(1) })
    const b = coordinator({ crossTab: tabs.tab(2) })
    const started = performance.now()
    await Promise.all([a.coordinator.recover('a0'), b.coordinator.recover('a0')])
    expect(a.options.refresh).toHaveBeenCalledTimes(1)
    expect(b.options.refresh).not.toHaveBeenCalled()
    expect(b.options.store.get()).toEqual(T1)
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('keeps the lock a moment after a refresh, so a late 401 in another tab waits for the tokens', async () => {
    const tabs = fakeTabs(30)
    const a = coordinator({ crossTab: tabs.tab(1) })
    const b = coordinator({ crossTab: tabs.tab(2) })
    await a.coordinator.recover('a0')
    // Tab B's 401 comes after tab A refreshed, before A's tokens reached B.
    expect(b.options.store.get()).toEqual(T0)
    await b.coordinator.recover('a0')
    expect(a.options.refresh).toHaveBeenCalledTimes(1)
    expect(b.options.refresh).not.toHaveBeenCalled()
    expect(b.options.store.get()).toEqual(T1)
  })

  it('refreshes after a short wait when the tab that held the lock sent no tokens', async () => {
    const tabs = fakeTabs()
    const busy = decodeError('', { status: 503 })
    const a = coordinator({
      crossTab: tabs.tab(1),
      refresh: () => Promise.reject(busy),
      endsSession: () => false,
    })
    const b = coordinator({ crossTab: tabs.tab(2) })
    const results = await Promise.allSettled([
      a.coordinator.recover('a0'),
      b.coordinator.recover('a0'),
    ])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled'])
    expect(b.options.refresh).toHaveBeenCalledTimes(1)
    expect(b.options.store.get()).toEqual(T1)
  })

  it('skips the refresh when a shared store (localStorage) already holds new tokens', async () => {
    const tabs = fakeTabs()
    const store = memoryTokenStore(T0)
    const a = coordinator({ store, crossTab: tabs.tab(1) })
    const b = coordinator({ store, crossTab: tabs.tab(2) })
    await Promise.all([a.coordinator.recover('a0'), b.coordinator.recover('a0')])
    expect(a.options.refresh).toHaveBeenCalledTimes(1)
    expect(b.options.refresh).not.toHaveBeenCalled()
  })

  it('signs the other tabs out when one tab ends the session', async () => {
    const tabs = fakeTabs()
    const refused = decodeError(
      { success: false, error: { code: 'auth/session-expired' } },
      { status: 401 },
    )
    const a = coordinator({ crossTab: tabs.tab(1), refresh: () => Promise.reject(refused) })
    const b = coordinator({ crossTab: tabs.tab(2) })
    await expect(a.coordinator.recover('a0')).rejects.toBe(refused)
    expect(b.options.store.get()).toBeUndefined()
    expect(b.options.onSessionExpired).toHaveBeenCalledTimes(1)
    expect(a.options.onSessionExpired).toHaveBeenCalledTimes(1)
    await expect(b.coordinator.recover('a0')).rejects.toMatchObject({
      code: 'auth/session-expired',
    })
    expect(b.options.refresh).not.toHaveBeenCalled()
  })

  it('goes ahead without the lock when a tab that died holds it past the timeout', async () => {
    // Web Locks whose holder never lets go: the request only ends when its signal aborts.
    const request = vi.fn(
      (
        _name: string,
        options: { signal?: AbortSignal; ifAvailable?: boolean },
        callback: (lock: null) => unknown,
      ) => {
        if (options.ifAvailable) return Promise.resolve(callback(null))
        const signal = options.signal!
        return new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        )
      },
    )
    vi.stubGlobal('navigator', { locks: { request } })
    vi.stubGlobal('BroadcastChannel', undefined)
    try {
      const crossTab = createCrossTab('test-origin', 50)!
      const { options, coordinator: c } = coordinator({ crossTab })
      const started = performance.now()
      await c.recover('a0')
      expect(performance.now() - started).toBeGreaterThanOrEqual(45)
      expect(performance.now() - started).toBeLessThan(1000)
      expect(request).toHaveBeenCalledWith(
        'test-origin:refresh',
        expect.anything(),
        expect.any(Function),
      )
      expect(options.refresh).toHaveBeenCalledTimes(1)
      expect(options.store.get()).toEqual(T1)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
