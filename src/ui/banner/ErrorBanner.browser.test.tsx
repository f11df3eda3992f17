import { StrictMode, useState } from 'react'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import type { ApiError } from '../../core/ApiError.js'
import { toActionError, type ActionError } from '../../core/actions/toActionError.js'
import { expectNoAxeViolations } from '../testUtils/expectNoAxeViolations.js'
import { makeApiError } from '../testUtils/makeApiError.js'
import { ErrorBanner } from './ErrorBanner.js'

const forbidden = makeApiError({
  status: 403,
  code: 'auth/forbidden',
  kind: 'permission',
  userMessage: 'Ask an admin for access to this project.',
})

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: state, configurable: true })
}
afterEach(() => {
  delete (document as { readyState?: string }).readyState
})

describe('ErrorBanner', () => {
  test('shows the title of the kind and the userMessage', async () => {
    const screen = await render(<ErrorBanner error={forbidden} />)
    await expect.element(page.getByText("You don't have access")).toBeVisible()
    await expect.element(page.getByText('Ask an admin for access to this project.')).toBeVisible()
    const banner = screen.container.querySelector('.aek-banner')
    expect(banner?.getAttribute('data-kind')).toBe('permission')
    expect(screen.container.textContent).not.toContain('Internal Server Error')
  })

  test('a title prop replaces the title of the kind', async () => {
    await render(<ErrorBanner error={forbidden} title="Project locked" />)
    await expect.element(page.getByText('Project locked')).toBeVisible()
    expect(document.body.textContent).not.toContain("You don't have access")
  })

  test("shows a Server Component's plain error data (toActionError) as it shows the ApiError", async () => {
    // Through JSON, as React sends a Server Component's props to the page.
    const data: ActionError = JSON.parse(JSON.stringify(toActionError(forbidden)))
    const screen = await render(<ErrorBanner error={data} onDismiss={() => {}} />)
    await expect.element(page.getByText("You don't have access")).toBeVisible()
    await expect.element(page.getByText('Ask an admin for access to this project.')).toBeVisible()
    expect(screen.container.querySelector('.aek-banner')?.getAttribute('data-kind')).toBe(
      'permission',
    )
    await expectNoAxeViolations(screen.container)
  })

  test('renders nothing without an error', async () => {
    const screen = await render(<ErrorBanner error={null} />)
    expect(screen.container.innerHTML).toBe('')
  })

  test('an error that appears after the page loaded is an alert', async () => {
    function Page() {
      const [error, setError] = useState<ApiError | null>(null)
      return (
        <>
          <button type="button" onClick={() => setError(forbidden)}>
            Load
          </button>
          <ErrorBanner error={error} />
        </>
      )
    }
    const screen = await render(<Page />)
    await page.getByRole('button', { name: 'Load' }).click()
    await expect.element(page.getByRole('alert')).toHaveTextContent('Ask an admin')
    expect(screen.container.querySelector('[role="region"]')).toBeNull()
  })

  test('a banner mounted with an error after the page loaded is an alert', async () => {
    await render(<ErrorBanner error={forbidden} />)
    await expect.element(page.getByRole('alert')).toBeVisible()
  })

  test('an error present while the page loads is a named region, not an alert', async () => {
    setReadyState('loading')
    await render(<ErrorBanner error={forbidden} />)
    await expect
      .element(page.getByRole('region', { name: "You don't have access" }))
      .toHaveTextContent('Ask an admin')
    expect(document.querySelector('[role="alert"]')).toBeNull()
  })

  // Regression: any banner before the load event was taken as part of the page, so a
  // client-rendered app whose first request failed while images still loaded said nothing.
  test('an error that arrives once the HTML is parsed, before images finish loading, is an alert', async () => {
    setReadyState('interactive')
    await render(<ErrorBanner error={forbidden} />)
    await expect.element(page.getByRole('alert')).toHaveTextContent('Ask an admin')
  })

  test('an error that changes after the page loaded becomes an alert', async () => {
    setReadyState('loading')
    const screen = await render(<ErrorBanner error={forbidden} />)
    await expect.element(page.getByRole('region')).toBeVisible()
    setReadyState('complete')
    const other = makeApiError({ kind: 'not-found', status: 404, userMessage: 'Gone.' })
    await screen.rerender(<ErrorBanner error={other} />)
    await expect.element(page.getByRole('alert')).toHaveTextContent('Gone.')
  })

  test('announce overrides the default', async () => {
    await render(<ErrorBanner error={forbidden} announce={false} />)
    await expect.element(page.getByRole('region', { name: "You don't have access" })).toBeVisible()
  })

  test('focusOnMount moves focus to the banner, which is a named region', async () => {
    const screen = await render(<ErrorBanner error={forbidden} focusOnMount />)
    const banner = screen.container.querySelector('.aek-banner')
    await expect.poll(() => document.activeElement).toBe(banner)
    expect(banner?.getAttribute('tabindex')).toBe('-1')
    expect(banner?.getAttribute('role')).toBe('region')
  })

  test('without focusOnMount focus stays where it was', async () => {
    const screen = await render(<ErrorBanner error={forbidden} />)
    expect(screen.container.querySelector('.aek-banner')?.hasAttribute('tabindex')).toBe(false)
    expect(document.activeElement).toBe(document.body)
  })

  test('dismissing from the keyboard gives focus back to where it came from, not to the page', async () => {
    function Page() {
      const [error, setError] = useState<ApiError | null>(forbidden)
      return (
        <>
          <button type="button">Before</button>
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
          <button type="button">After</button>
        </>
      )
    }
    await render(<Page />)
    await page.getByRole('button', { name: 'Before' }).click()
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement?.textContent).toBe('Dismiss')
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => document.querySelector('.aek-banner')).toBeNull()
    expect(document.activeElement?.textContent).toBe('Before')
  })

  test('a banner that unmounts with focus inside gives focus back too', async () => {
    const screen = await render(
      <>
        <button type="button">Before</button>
        <ErrorBanner error={forbidden} onRetry={() => {}} />
      </>,
    )
    await page.getByRole('button', { name: 'Before' }).click()
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement?.textContent).toBe('Try again')
    await screen.rerender(<button type="button">Before</button>)
    await expect.poll(() => document.activeElement?.textContent).toBe('Before')
  })

  test('under StrictMode, a banner that took focus gives it back to the button that caused it', async () => {
    function Form() {
      const [error, setError] = useState<ApiError | null>(null)
      return (
        <>
          <button type="button" onClick={() => setError(forbidden)}>
            Save
          </button>
          {error && <ErrorBanner error={error} focusOnMount onDismiss={() => setError(null)} />}
        </>
      )
    }
    await render(
      <StrictMode>
        <Form />
      </StrictMode>,
    )
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => document.activeElement?.className).toBe('aek-banner')
    await userEvent.keyboard('{Tab}{Enter}')
    await expect.poll(() => document.querySelector('.aek-banner')).toBeNull()
    expect(document.activeElement?.textContent).toBe('Save')
  })

  test('focus that left the banner stays where the user put it when the banner goes', async () => {
    function Page() {
      const [error, setError] = useState<ApiError | null>(forbidden)
      return (
        <>
          <button type="button">Before</button>
          <ErrorBanner error={error} onRetry={() => {}} />
          <button type="button" onClick={() => setError(null)}>
            After
          </button>
        </>
      )
    }
    await render(<Page />)
    await page.getByRole('button', { name: 'Before' }).click()
    await userEvent.keyboard('{Tab}{Tab}')
    expect(document.activeElement?.textContent).toBe('After')
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => document.querySelector('.aek-banner')).toBeNull()
    expect(document.activeElement?.textContent).toBe('After')
  })

  test('retry and dismiss buttons call their callbacks', async () => {
    const onRetry = vi.fn()
    const onDismiss = vi.fn()
    await render(<ErrorBanner error={forbidden} onRetry={onRetry} onDismiss={onDismiss} />)
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('button', { name: 'Dismiss' }).click()
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  test('forwards its ref to the container', async () => {
    const ref = { current: null as HTMLDivElement | null }
    await render(<ErrorBanner ref={ref} error={forbidden} />)
    expect(ref.current?.className).toBe('aek-banner')
  })

  // Regression: "Something went wrong on our side" was followed by the same words again.
  test('a message that starts with the title shows only what it adds', async () => {
    const failed = makeApiError({
      status: 500,
      kind: 'server',
      userMessage: 'Something went wrong on our side. Please try again later.',
    })
    const screen = await render(<ErrorBanner error={failed} announce={false} />)
    await expect.element(page.getByText('Please try again later.')).toBeVisible()
    expect(screen.container.textContent!.split('Something went wrong on our side')).toHaveLength(2)
    await expect
      .element(page.getByRole('region', { name: 'Something went wrong on our side' }))
      .toBeVisible()
  })

  test('HTML and script in the userMessage stay inert text', async () => {
    const hostile =
      '<img src=x onerror="window.__aekBanner=1"><script>window.__aekBanner=2</script>'
    const screen = await render(<ErrorBanner error={makeApiError({ userMessage: hostile })} />)
    await expect.element(page.getByText(hostile)).toBeVisible()
    expect(screen.container.querySelector('img, script')).toBeNull()
    expect((window as { __aekBanner?: number }).__aekBanner).toBeUndefined()
  })

  test('axe finds nothing with and without actions, as alert and as region', async () => {
    const alert = await render(<ErrorBanner error={forbidden} />)
    await expectNoAxeViolations(alert.container)
    const actions = await render(
      <ErrorBanner error={forbidden} onRetry={() => {}} onDismiss={() => {}} announce={false} />,
    )
    await expectNoAxeViolations(actions.container)
  })
})
