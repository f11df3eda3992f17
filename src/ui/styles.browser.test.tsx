import './styles.css'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { ErrorBanner } from './banner/ErrorBanner.js'
import { RateLimitCountdown } from './countdown/RateLimitCountdown.js'
import { DeveloperDetails } from './details/DeveloperDetails.js'
import { expectNoAxeViolations } from './testUtils/expectNoAxeViolations.js'
import { makeApiError } from './testUtils/makeApiError.js'
import { createToast } from './toast/toast.js'
import { Toaster } from './toast/Toaster.js'
import { createToastStore } from './toast/toastStore.js'

afterEach(() => {
  document.documentElement.removeAttribute('data-theme')
})

describe('the default theme', () => {
  test('a dismissed notice animates out, then leaves the store', async () => {
    const store = createToastStore()
    const screen = await render(<Toaster store={store} />)
    const id = createToast(store).error('Failed.')
    await expect.element(page.getByText('Failed.')).toBeVisible()
    createToast(store).dismiss(id)
    await expect
      .poll(() => screen.container.querySelector('li.aek-toast')?.getAttribute('data-state'))
      .toBe('closed')
    expect(store.getSnapshot()).toHaveLength(1)
    await expect.poll(() => store.getSnapshot().length).toBe(0)
    expect(screen.container.querySelector('li.aek-toast')).toBeNull()
  })

  test('a notice follows a swipe in the direction the toaster was given, and leaves past it', async () => {
    for (const [swipeDirection, dx, dy] of [
      ['down', 0, 40],
      ['up', 0, -40],
      ['left', -40, 0],
      ['right', 40, 0],
    ] as const) {
      const store = createToastStore()
      const screen = await render(<Toaster store={store} swipeDirection={swipeDirection} />)
      createToast(store).info('Swipe me', { duration: Infinity })
      await expect.element(page.getByText('Swipe me')).toBeVisible()
      const notice = screen.container.querySelector<HTMLElement>('li.aek-toast')!
      await expect.poll(() => notice.getAnimations().length).toBe(0)
      const { left, top } = notice.getBoundingClientRect()
      const pointer = (type: string, x: number, y: number) =>
        notice.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            button: 0,
            pointerId: 1,
            clientX: x,
            clientY: y,
          }),
        )
      pointer('pointerdown', left + 20, top + 20)
      pointer('pointermove', left + 20 + Math.sign(dx) * 4, top + 20 + Math.sign(dy) * 4)
      pointer('pointermove', left + 20 + dx, top + 20 + dy)
      await expect.poll(() => notice.getAttribute('data-swipe')).toBe('move')
      expect(new DOMMatrix(getComputedStyle(notice).transform)).toMatchObject({ e: dx, f: dy })
      // Past the threshold (50px), letting go dismisses it: it slides on, fades and leaves.
      pointer('pointermove', left + 20 + dx * 2, top + 20 + dy * 2)
      pointer('pointerup', left + 20 + dx * 2, top + 20 + dy * 2)
      await expect.poll(() => store.getSnapshot().length).toBe(0)
      await screen.unmount()
    }
  })

  test('a long unbroken message (a URL, an id) wraps inside the toast and the banner', async () => {
    const long = `Could not reach https://api.example.com/${'segment/'.repeat(20)}retry-later`
    const store = createToastStore()
    const screen = await render(
      <div style={{ width: 400 }}>
        <ErrorBanner error={makeApiError({ userMessage: long })} />
        <Toaster store={store} />
      </div>,
    )
    createToast(store).error(long, { duration: Infinity })
    await expect.element(page.getByText(long).nth(1)).toBeVisible()
    for (const selector of ['.aek-banner', '.aek-toast']) {
      const box = screen.container.querySelector(selector)!
      expect(box.scrollWidth, selector).toBeLessThanOrEqual(box.clientWidth)
    }
  })

  test('[data-theme=dark] switches the variables', async () => {
    const screen = await render(<ErrorBanner error={makeApiError()} />)
    const banner = screen.container.querySelector('.aek-banner')!
    const light = getComputedStyle(banner).backgroundColor
    document.documentElement.setAttribute('data-theme', 'dark')
    expect(getComputedStyle(banner).backgroundColor).not.toBe(light)
  })

  test('focus rings show on keyboard focus', async () => {
    await render(<ErrorBanner error={makeApiError()} onRetry={() => {}} />)
    await userEvent.keyboard('{Tab}')
    const button = page.getByRole('button', { name: 'Try again' }).element()
    expect(document.activeElement).toBe(button)
    expect(getComputedStyle(button).outlineStyle).toBe('solid')
  })

  // Regression: the empty viewport, focused when its last notice closes, drew its ring outside
  // the window's bottom-right corner, where the window cut it off.
  test('the toaster keeps its focus ring inside the window', async () => {
    await render(<Toaster store={createToastStore()} />)
    // F8 is Radix's key to the notices: keyboard focus, so the ring shows.
    await userEvent.keyboard('{F8}')
    const viewport = document.querySelector<HTMLElement>('.aek-toaster')!
    await expect.poll(() => document.activeElement).toBe(viewport)
    const style = getComputedStyle(viewport)
    expect(style.outlineStyle).toBe('solid')
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
    const box = viewport.getBoundingClientRect()
    expect(box.right + reach).toBeLessThanOrEqual(document.documentElement.clientWidth)
    expect(box.bottom + reach).toBeLessThanOrEqual(document.documentElement.clientHeight)
  })

  for (const theme of ['light', 'dark']) {
    test(`axe (colour contrast included) finds nothing in the ${theme} theme`, async () => {
      document.documentElement.setAttribute('data-theme', theme)
      const store = createToastStore()
      const screen = await render(
        <div style={{ background: 'var(--aek-bg)', padding: 8 }}>
          <ErrorBanner error={makeApiError()} onRetry={() => {}} onDismiss={() => {}} />
          <RateLimitCountdown until={Date.now() + 30_000} onRetry={() => {}} />
          <Toaster store={store} />
        </div>,
      )
      createToast(store).error('Failed.', { action: { label: 'Try again', onClick: () => {} } })
      createToast(store).success('Saved.')
      await expect.element(page.getByText('Saved.')).toBeVisible()
      // Let the entry animation finish: axe measures contrast on the final colours.
      await new Promise((resolve) => setTimeout(resolve, 400))
      await expectNoAxeViolations(screen.container)
    })
  }

  // An app that only has a light page still gets the dark theme when the system asks for dark
  // mode (and the other way round): a part without a background of its own would then put
  // light text on the app's light page.
  for (const [theme, page] of [
    ['dark', '#ffffff'],
    ['light', '#0d1117'],
  ] as const) {
    test(`a countdown and developer details in the ${theme} theme stay readable on a page of the other colour`, async () => {
      document.documentElement.setAttribute('data-theme', theme)
      const screen = await render(
        <div style={{ background: page, color: theme === 'dark' ? '#1f2328' : '#f0f6fc' }}>
          <RateLimitCountdown until={Date.now() + 30_000} onRetry={() => {}} />
          <DeveloperDetails error={makeApiError({ requestId: 'req_1' })} defaultOpen />
        </div>,
      )
      await expectNoAxeViolations(screen.container)
    })
  }
})
