import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { RateLimitCountdown } from './RateLimitCountdown.js'

const START = new Date('2030-01-01T10:00:00.000Z').getTime()

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('RateLimitCountdown after a server render', () => {
  test('hydrates a page rendered a second earlier without a mismatch, then shows the client time', async () => {
    const element = <RateLimitCountdown until={START + 5000} />
    const container = document.createElement('div')
    container.innerHTML = renderToString(element)
    document.body.append(container)
    expect(container.querySelector('[role="timer"]')?.textContent).toBe('5s')
    // The page reaches the browser and hydrates 1.5 s after the server rendered it.
    vi.setSystemTime(START + 1500)
    const onRecoverableError = vi.fn()
    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError }))
    expect(onRecoverableError).not.toHaveBeenCalled()
    await act(async () => vi.advanceTimersByTimeAsync(1000))
    expect(container.querySelector('[role="timer"]')?.textContent).toBe('3s')
    act(() => root.unmount())
    container.remove()
  })
})
