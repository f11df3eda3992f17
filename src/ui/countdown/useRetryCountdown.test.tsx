import { render, renderHook } from '@testing-library/react'
import { RateLimitCountdown } from './RateLimitCountdown.js'
import { useRetryCountdown } from './useRetryCountdown.js'

const START = new Date('2030-01-01T10:00:00.000Z').getTime()

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useRetryCountdown with deadlines that are not a time', () => {
  test('NaN (a wait read from a missing header) is no wait: 0 seconds, not waiting', () => {
    const { result } = renderHook(() => useRetryCountdown({ until: Number.NaN }))
    expect(result.current).toEqual({ until: undefined, secondsLeft: 0, waiting: false })
  })

  test('Infinity and -Infinity are no wait either, and leave no timer running', () => {
    for (const until of [Infinity, -Infinity]) {
      const { result, unmount } = renderHook(() => useRetryCountdown({ until }))
      expect(result.current).toEqual({ until: undefined, secondsLeft: 0, waiting: false })
      unmount()
    }
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a finite deadline still counts down', () => {
    const { result } = renderHook(() => useRetryCountdown({ until: START + 2500 }))
    expect(result.current).toEqual({ until: START + 2500, secondsLeft: 3, waiting: true })
  })

  test('RateLimitCountdown never shows NaN or Infinity', () => {
    for (const until of [Number.NaN, Infinity]) {
      const { container, unmount } = render(<RateLimitCountdown until={until} />)
      expect(container.textContent).not.toMatch(/NaN|Infinity/)
      expect(container.textContent).toContain('You can try again now.')
      unmount()
    }
  })
})
