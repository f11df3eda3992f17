import { Profiler, StrictMode } from 'react'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { createCooldownStore } from '../../core/client/retry/cooldowns.js'
import { expectNoAxeViolations } from '../testUtils/expectNoAxeViolations.js'
import { RateLimitCountdown } from './RateLimitCountdown.js'

const START = new Date('2030-01-01T10:00:00.000Z').getTime()
const timer = (container: HTMLElement) => container.querySelector('[role="timer"]')
const status = (container: HTMLElement) => container.querySelector('[role="status"]')

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('RateLimitCountdown', () => {
  test('counts down from the deadline and ends at it', async () => {
    const screen = await render(<RateLimitCountdown until={START + 30_000} />)
    await expect.poll(() => timer(screen.container)?.textContent).toBe('30s')
    await vi.advanceTimersByTimeAsync(1000)
    await expect.poll(() => timer(screen.container)?.textContent).toBe('29s')
    await vi.advanceTimersByTimeAsync(27_500)
    await expect.poll(() => timer(screen.container)?.textContent).toBe('2s')
    await vi.advanceTimersByTimeAsync(1500)
    await expect.poll(() => screen.container.textContent).toContain('You can try again now.')
    expect(timer(screen.container)).toBeNull()
    expect(screen.container.querySelector('.aek-countdown')?.getAttribute('data-state')).toBe(
      'ready',
    )
  })

  test('shows minutes and seconds from a minute on', async () => {
    const screen = await render(<RateLimitCountdown until={START + 90_000} />)
    await expect.poll(() => timer(screen.container)?.textContent).toBe('1:30')
  })

  test('recomputes from the clock when the tab shows again instead of counting ticks', async () => {
    const screen = await render(<RateLimitCountdown until={START + 30_000} />)
    await expect.poll(() => timer(screen.container)?.textContent).toBe('30s')
    // A background tab's timers are throttled: the clock moves on without any tick firing.
    vi.setSystemTime(START + 20_000)
    document.dispatchEvent(new Event('visibilitychange'))
    await expect.poll(() => timer(screen.container)?.textContent).toBe('10s')
  })

  test('the timer is not live; the status region announces the start and the end once each', async () => {
    const screen = await render(<RateLimitCountdown until={START + 3000} />)
    expect(timer(screen.container)?.getAttribute('aria-live')).toBe('off')
    await expect
      .poll(() => status(screen.container)?.textContent)
      .toBe('Too many requests. You can try again in 3 seconds.')
    const changes: string[] = []
    const observer = new MutationObserver(() =>
      changes.push(status(screen.container)!.textContent!),
    )
    observer.observe(status(screen.container)!, {
      childList: true,
      characterData: true,
      subtree: true,
    })
    await vi.advanceTimersByTimeAsync(2000)
    await expect.poll(() => timer(screen.container)?.textContent).toBe('1s')
    expect(changes).toEqual([])
    await vi.advanceTimersByTimeAsync(1000)
    await expect.poll(() => status(screen.container)?.textContent).toBe('You can try again now.')
    await vi.advanceTimersByTimeAsync(5000)
    observer.disconnect()
    expect(changes).toEqual(['You can try again now.'])
  })

  test('the status region is in the page, empty, for a frame before the start is announced', async () => {
    // Screen readers miss text that a live region already has when it appears: a countdown that
    // mounts with the error must fill its region a frame later.
    const screen = await render(<RateLimitCountdown until={START + 3000} />)
    expect(status(screen.container)?.textContent).toBe('')
    await expect
      .poll(() => status(screen.container)?.textContent)
      .toBe('Too many requests. You can try again in 3 seconds.')
  })

  test('StrictMode announces the start and the end once each, and auto-retries once', async () => {
    const onRetry = vi.fn()
    const screen = await render(
      <StrictMode>
        <RateLimitCountdown until={START + 2000} onRetry={onRetry} autoRetry />
      </StrictMode>,
    )
    const texts: string[] = []
    const region = status(screen.container)!
    const observer = new MutationObserver(() => texts.push(region.textContent!))
    observer.observe(region, { childList: true, characterData: true, subtree: true })
    await expect.poll(() => region.textContent).not.toBe('')
    await vi.advanceTimersByTimeAsync(2000)
    await expect.poll(() => region.textContent).toBe('You can try again now.')
    await vi.advanceTimersByTimeAsync(3000)
    observer.disconnect()
    expect(texts).toEqual([
      'Too many requests. You can try again in 2 seconds.',
      'You can try again now.',
    ])
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  test('the Try again button is aria-disabled and focusable until the deadline, and ignores clicks', async () => {
    const onRetry = vi.fn()
    await render(
      <>
        <button type="button">Before</button>
        <RateLimitCountdown until={START + 60_000} onRetry={onRetry} />
      </>,
    )
    const button = page.getByRole('button', { name: 'Try again' }).element() as HTMLButtonElement
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(button.disabled).toBe(false)
    await userEvent.click(page.getByRole('button', { name: 'Before' }))
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(button)
    await userEvent.keyboard('{Enter}')
    // Playwright refuses to click an aria-disabled button, so click it the way a script would.
    button.click()
    expect(onRetry).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(60_000)
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe('false')
    await userEvent.click(button)
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  // Regression: a screen reader reached a dimmed "Try again" and heard nothing of the wait.
  test('the waiting Try again button is described by the wait; once ready, by nothing', async () => {
    await render(<RateLimitCountdown until={START + 30_000} onRetry={() => {}} />)
    const button = page.getByRole('button', { name: 'Try again' })
    await expect.element(button).toHaveAccessibleDescription('Too many requests. Try again in 30s')
    await vi.advanceTimersByTimeAsync(30_000)
    await expect.element(button).toHaveAttribute('aria-disabled', 'false')
    await expect.element(button).toHaveAccessibleDescription('')
  })

  test('leaving with focus on its Try again gives focus back to where it came from', async () => {
    const screen = await render(
      <>
        <button type="button">Before</button>
        <RateLimitCountdown until={START - 1} onRetry={() => {}} />
      </>,
    )
    await userEvent.click(page.getByRole('button', { name: 'Before' }))
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement?.textContent).toBe('Try again')
    await screen.rerender(<button type="button">Before</button>)
    await expect.poll(() => document.activeElement?.textContent).toBe('Before')
  })

  test('autoRetry calls onRetry once at the deadline', async () => {
    const onRetry = vi.fn()
    await render(<RateLimitCountdown until={START + 2000} onRetry={onRetry} autoRetry />)
    await vi.advanceTimersByTimeAsync(1999)
    expect(onRetry).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await expect.poll(() => onRetry.mock.calls.length).toBe(1)
    await vi.advanceTimersByTimeAsync(5000)
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  test('every countdown of a scope shows the deadline of the cooldown store', async () => {
    const cooldowns = createCooldownStore()
    cooldowns.set({ scope: 'api', until: START + 10_000 })
    const screen = await render(
      <>
        <RateLimitCountdown scope="api" cooldowns={cooldowns} />
        <RateLimitCountdown scope="api" cooldowns={cooldowns} />
      </>,
    )
    const shown = () =>
      [...screen.container.querySelectorAll('[role="timer"]')].map((n) => n.textContent)
    await expect.poll(shown).toEqual(['10s', '10s'])
    cooldowns.set({ scope: 'api', until: START + 45_000 })
    await expect.poll(shown).toEqual(['45s', '45s'])
    cooldowns.clear('api')
    await expect.poll(shown).toEqual([])
  })

  test('a sibling renders 0 times per tick; the countdown once per second', async () => {
    const sibling = vi.fn()
    const countdown = vi.fn()
    await render(
      <>
        <Profiler id="sibling" onRender={sibling}>
          <p>Sibling</p>
        </Profiler>
        <Profiler id="countdown" onRender={countdown}>
          <RateLimitCountdown until={START + 60_000} />
        </Profiler>
      </>,
    )
    await expect.poll(() => page.getByRole('timer').element().textContent).toBe('1:00')
    sibling.mockClear()
    countdown.mockClear()
    for (let second = 1; second <= 5; second++) {
      await vi.advanceTimersByTimeAsync(1000)
      await expect.poll(() => countdown.mock.calls.length).toBe(second)
    }
    expect(page.getByRole('timer').element().textContent).toBe('55s')
    expect(sibling).not.toHaveBeenCalled()
  })

  test('axe finds nothing while running and once ended', async () => {
    const screen = await render(<RateLimitCountdown until={START + 2000} onRetry={() => {}} />)
    await expect.poll(() => status(screen.container)?.textContent).not.toBe('')
    vi.useRealTimers()
    await expectNoAxeViolations(screen.container)
    vi.useFakeTimers()
    vi.setSystemTime(START + 2000)
    document.dispatchEvent(new Event('visibilitychange'))
    await expect.poll(() => status(screen.container)?.textContent).toBe('You can try again now.')
    vi.useRealTimers()
    await expectNoAxeViolations(screen.container)
  })
})
