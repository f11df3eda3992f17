import { decodeError } from '../../decode/decodeError.js'
import { createCooldownStore } from './cooldowns.js'
import { createReleasePacer, jitterWait, startCooldown } from './spreadWait.js'

describe('jitterWait', () => {
  it('adds a random part of min(wait, 2 s), never less than the wait', () => {
    expect(jitterWait(2000, () => 0)).toBe(2000)
    expect(jitterWait(2000, () => 1)).toBe(4000)
    expect(jitterWait(2000, () => 0.5)).toBe(3000)
    expect(jitterWait(30_000, () => 1)).toBe(32_000)
    expect(jitterWait(300, () => 1)).toBe(600)
    expect(jitterWait(0, () => 1)).toBe(0)
  })

  it('keeps a wait the client takes within its limit, and jitters one it does not take', () => {
    expect(jitterWait(2000, () => 1, 2500)).toBe(2500)
    expect(jitterWait(2000, () => 0.1, 2500)).toBe(2200)
    expect(jitterWait(60_000, () => 1, 30_000)).toBe(62_000)
  })
})

describe('startCooldown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  const error = decodeError('', { status: 429 })

  it('starts the wait with its jitter, and keeps one already running to that deadline or later', () => {
    const store = createCooldownStore()
    const start = Date.now()
    startCooldown(store, 'a', 2000, error, () => 0.5)
    expect(store.get('a')?.until).toBe(start + 3000)
    // The 429s of the other requests of that moment do not draw again.
    vi.advanceTimersByTime(5)
    startCooldown(store, 'a', 2000, error, () => 1)
    expect(store.get('a')?.until).toBe(start + 3000)
    // A longer wait does.
    startCooldown(store, 'a', 10_000, error, () => 0)
    expect(store.get('a')?.until).toBe(start + 5 + 10_000)
  })
})

describe('createReleasePacer', () => {
  it('lets the requests held through one deadline go evenly over the window, the first at once', () => {
    const pace = createReleasePacer()
    const turns = Array.from({ length: 5 }, () => pace('a', 1000, 1000))
    const other = pace('b', 1000, 1000)
    expect(turns.map((turn) => turn())).toEqual([0, 200, 400, 600, 800])
    expect(other()).toBe(0)
  })

  it('bounds the window by the wait and by one second, and starts a new batch per deadline', () => {
    const pace = createReleasePacer()
    const short = [pace('a', 1000, 100), pace('a', 1000, 100)]
    expect(short.map((turn) => turn())).toEqual([0, 50])
    const long = [pace('a', 2000, 60_000), pace('a', 2000, 60_000)]
    expect(long.map((turn) => turn())).toEqual([0, 500])
  })
})
