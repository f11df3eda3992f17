import { createCooldownStore } from './cooldowns.js'

describe('createCooldownStore', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps one deadline per scope, the later one winning', () => {
    const store = createCooldownStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set({ scope: 'a', until: Date.now() + 5000 })
    store.set({ scope: 'a', until: Date.now() + 1000 })
    expect(store.get('a')?.until).toBe(Date.now() + 5000)
    expect(listener).toHaveBeenCalledTimes(1)
    store.set({ scope: 'a', until: Date.now() + 9000 })
    expect(store.get('a')?.until).toBe(Date.now() + 9000)
    expect(store.getAll()).toHaveLength(1)
  })

  it('ends a wait at its deadline and tells subscribers', () => {
    const store = createCooldownStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set({ scope: 'a', until: Date.now() + 1000 })
    const snapshot = store.getAll()
    expect(store.getAll()).toBe(snapshot)
    vi.advanceTimersByTime(999)
    expect(store.get('a')).toBeDefined()
    vi.advanceTimersByTime(1)
    expect(store.get('a')).toBeUndefined()
    expect(store.getAll()).toEqual([])
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('ignores past deadlines, clears on demand and unsubscribes', () => {
    const store = createCooldownStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set({ scope: 'a', until: Date.now() - 1 })
    expect(store.get('a')).toBeUndefined()
    store.set({ scope: 'b', until: Date.now() + 1000 })
    store.clear('b')
    expect(store.get('b')).toBeUndefined()
    unsubscribe()
    store.set({ scope: 'c', until: Date.now() + 1000 })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  // Regression: a deadline past the longest timer (2^31 - 1 ms, 24.8 days) made its timer fire at
  // once, so a 429 with a very long Retry-After left no cooldown behind and the scope was hit again.
  it('keeps a wait longer than the longest timer for 24.8 days at least', () => {
    const store = createCooldownStore()
    const days = (n: number) => n * 24 * 60 * 60 * 1000
    const listener = vi.fn()
    store.subscribe(listener)
    store.set({ scope: 'a', until: Date.now() + days(40) })
    vi.advanceTimersByTime(days(24))
    expect(store.get('a')).toBeDefined()
    expect(listener).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(days(16))
    expect(store.get('a')).toBeUndefined()
    expect(store.getAll()).toEqual([])
  })

  it('counts the requests held until a deadline, and tells subscribers', () => {
    const store = createCooldownStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set({ scope: 'a', until: Date.now() + 5000 })
    expect(store.get('a')?.waiting).toBe(0)
    const releaseFirst = store.hold('a')
    const releaseSecond = store.hold('a')
    expect(store.getAll()[0]?.waiting).toBe(2)
    releaseFirst()
    releaseFirst()
    expect(store.get('a')?.waiting).toBe(1)
    // A later deadline keeps the count of the requests still held.
    store.set({ scope: 'a', until: Date.now() + 9000 })
    expect(store.get('a')?.waiting).toBe(1)
    releaseSecond()
    expect(store.get('a')?.waiting).toBe(0)
    expect(listener).toHaveBeenCalledTimes(6)
  })
})
