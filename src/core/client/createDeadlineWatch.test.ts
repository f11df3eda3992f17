import { createDeadlineWatch } from './createDeadlineWatch.js'

describe('createDeadlineWatch', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('expires each watch at its own deadline, whatever the order they came in', () => {
    const watch = createDeadlineWatch()
    const expired: string[] = []
    watch(300, () => expired.push('late'))
    watch(100, () => expired.push('early'))
    watch(200, () => expired.push('middle'))
    vi.advanceTimersByTime(99)
    expect(expired).toEqual([])
    vi.advanceTimersByTime(1)
    expect(expired).toEqual(['early'])
    vi.advanceTimersByTime(100)
    expect(expired).toEqual(['early', 'middle'])
    vi.advanceTimersByTime(100)
    expect(expired).toEqual(['early', 'middle', 'late'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('never expires a stopped watch, and one timer serves many requests', () => {
    const watch = createDeadlineWatch()
    const expire = vi.fn()
    for (let index = 0; index < 1000; index += 1) watch(30_000 + index, expire)()
    expect(vi.getTimerCount()).toBe(1)
    const kept = vi.fn()
    watch(40_000, kept)
    vi.advanceTimersByTime(40_000)
    expect(expire).not.toHaveBeenCalled()
    expect(kept).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('starts again for a watch that comes after the timer ran down', () => {
    const watch = createDeadlineWatch()
    const expire = vi.fn()
    watch(100, () => {})()
    vi.advanceTimersByTime(200)
    expect(vi.getTimerCount()).toBe(0)
    watch(Date.now() + 50, expire)
    vi.advanceTimersByTime(50)
    expect(expire).toHaveBeenCalledTimes(1)
  })
})

describe('createDeadlineWatch with deadlines past the longest timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('waits out a deadline weeks away without spinning, and never for an infinite one', () => {
    const watch = createDeadlineWatch()
    const setTimer = vi.spyOn(globalThis, 'setTimeout')
    const expire = vi.fn()
    const month = 30 * 24 * 3_600_000
    watch(month, expire)
    watch(Number.POSITIVE_INFINITY, expire)
    vi.advanceTimersByTime(10_000)
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(1)
    vi.advanceTimersByTime(month - 10_001)
    expect(expire).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(expire).toHaveBeenCalledTimes(1)
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(3)
  })
})
