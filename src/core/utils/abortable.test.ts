import { sleep } from './abortable.js'

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  // Regression: a wait past the longest timer (2^31 - 1 ms, 24.8 days) fired at once, so a client
  // allowed to wait out a huge Retry-After woke up every millisecond to find it still waiting.
  it('waits out a wait longer than the longest timer instead of ending it at once', async () => {
    const done = vi.fn()
    void sleep(30 * 24 * 60 * 60 * 1000).then(done)
    await vi.advanceTimersByTimeAsync(1000)
    expect(done).not.toHaveBeenCalled()
  })

  it('rejects at once when aborted and leaves no timer behind', async () => {
    const controller = new AbortController()
    const pending = sleep(5000, controller.signal)
    expect(vi.getTimerCount()).toBe(1)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(vi.getTimerCount()).toBe(0)
  })
})
