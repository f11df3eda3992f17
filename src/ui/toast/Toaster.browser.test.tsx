import { Profiler, StrictMode, useState } from 'react'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { expectNoAxeViolations } from '../testUtils/expectNoAxeViolations.js'
import { makeApiError } from '../testUtils/makeApiError.js'
import { createToast, toast } from './toast.js'
import { Toaster } from './Toaster.js'
import { createToastStore } from './toastStore.js'

const nextFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  )
// Radix announces from a visually hidden role="status" node it portals into the body.
const announcers = (politeness: 'assertive' | 'polite') =>
  [...document.body.querySelectorAll(`[role="status"][aria-live="${politeness}"]`)].filter(
    (node) => node.textContent !== '',
  )
const notices = (container: HTMLElement) => [...container.querySelectorAll('li.aek-toast')]

function setup() {
  const store = createToastStore()
  return { store, notify: createToast(store) }
}

describe('Toaster', () => {
  test('shows notices raised with toast before it mounted', async () => {
    toast.error(makeApiError({ userMessage: 'Raised before mount' }))
    toast.info('Info before mount')
    const screen = await render(<Toaster />)
    await expect.element(page.getByText('Raised before mount')).toBeVisible()
    await expect.element(page.getByText('Info before mount')).toBeVisible()
    toast.dismiss()
    await expect.poll(() => notices(screen.container).length).toBe(0)
  })

  test('shows the userMessage, never the message or devMessage', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    notify.error(makeApiError({ userMessage: 'Could not save.', message: 'SQL syntax error' }))
    await expect.element(page.getByText('Could not save.')).toBeVisible()
    expect(screen.container.textContent).not.toContain('SQL syntax error')
    expect(screen.container.textContent).not.toContain('NullPointerException')
  })

  test('announces errors assertively and other notices politely, each once', async () => {
    const { store, notify } = setup()
    await render(<Toaster store={store} />)
    notify.error(makeApiError({ userMessage: 'Saving failed.' }))
    notify.success('Profile updated.')
    await expect
      .poll(() => announcers('assertive').map((node) => node.textContent))
      .toEqual(['Notification Saving failed.'])
    await expect
      .poll(() => announcers('polite').map((node) => node.textContent))
      .toEqual(['Notification Profile updated.'])
    // Radix drops its announcement after a second; nothing announces the notices again.
    await expect.poll(() => announcers('assertive').length, { timeout: 10_000 }).toBe(0)
    await expect.poll(() => announcers('polite').length, { timeout: 10_000 }).toBe(0)
    await page.getByText('Saving failed.').hover()
    await nextFrames()
    expect(announcers('assertive')).toEqual([])
  })

  test('an error raised with politeness polite is announced politely', async () => {
    const { store, notify } = setup()
    await render(<Toaster store={store} />)
    notify.error(makeApiError({ userMessage: 'Could not refresh.' }), { politeness: 'polite' })
    await expect
      .poll(() => announcers('polite').map((node) => node.textContent))
      .toEqual(['Notification Could not refresh.'])
    expect(announcers('assertive')).toEqual([])
  })

  // Regression: Radix joins the text nodes it finds, so the title ran into the message and the
  // message into the action ("Could not saveFailed.Try again"), read as one run-on word.
  test('announces the title, the message and the action as separate words', async () => {
    const { store, notify } = setup()
    await render(<Toaster store={store} />)
    notify.error('Failed.', {
      title: 'Could not save',
      action: { label: 'Try again', onClick: () => {} },
    })
    await expect
      .poll(() => announcers('assertive').map((node) => node.textContent))
      .toEqual(['Notification Could not save Failed. Try again'])
  })

  test('merges repeated errors into one notice with a count, announced once', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    notify.error(makeApiError({ userMessage: 'Server unavailable.' }))
    await expect.poll(() => announcers('assertive').length).toBe(1)
    notify.error(makeApiError({ userMessage: 'Server unavailable.' }))
    notify.error(makeApiError({ userMessage: 'Server unavailable.' }))
    await expect.element(page.getByText('×3')).toBeVisible()
    expect(notices(screen.container)).toHaveLength(1)
    expect(notices(screen.container)[0]?.getAttribute('data-count')).toBe('3')
    await nextFrames()
    // Still the first announcement only, with the text it had when the notice appeared.
    expect(announcers('assertive').map((node) => node.textContent)).toEqual([
      'Notification Server unavailable.',
    ])
  })

  // Regression: Radix announces a notice from the text it has when it mounts, so a notice
  // updated through its id ("Saving…" then "Saved.") changed on screen only.
  test('a notice updated in place through its id announces its new text once', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    const id = notify.info('Saving…', { duration: Infinity })
    await expect.poll(() => announcers('polite').length).toBe(1)
    await expect.poll(() => announcers('polite').length, { timeout: 10_000 }).toBe(0)
    notify.error('Could not save.', { id, title: 'Offline' })
    await expect
      .poll(() => announcers('assertive').map((node) => node.textContent))
      .toEqual(['Notification Offline Could not save.'])
    expect(notices(screen.container)).toHaveLength(1)
    // A merged repeat changes only the count: nothing more is read.
    notify.error('Could not save.', { id, title: 'Offline' })
    await expect.element(page.getByText('×2')).toBeVisible()
    await expect.poll(() => announcers('assertive').length, { timeout: 10_000 }).toBe(0)
    await nextFrames()
    expect(announcers('assertive')).toEqual([])
  })

  test('shows at most maxVisible notices and queues the rest', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} maxVisible={2} />)
    const first = notify.info('one')
    notify.info('two')
    notify.info('three')
    await expect
      .poll(() => notices(screen.container).map((li) => li.textContent))
      .toEqual([expect.stringContaining('one'), expect.stringContaining('two')])
    expect(screen.container.querySelector('.aek-toaster')?.getAttribute('data-queued')).toBe('1')
    notify.dismiss(first)
    await expect
      .poll(() => notices(screen.container).map((li) => li.textContent))
      .toEqual([expect.stringContaining('two'), expect.stringContaining('three')])
    await expect.poll(() => store.getSnapshot().length).toBe(2)
  })

  test('F8 moves focus to the notices', async () => {
    const { store, notify } = setup()
    const screen = await render(
      <>
        <button type="button">Elsewhere</button>
        <Toaster store={store} />
      </>,
    )
    notify.error('Offline.')
    await expect.element(page.getByText('Offline.')).toBeVisible()
    await page.getByRole('button', { name: 'Elsewhere' }).click()
    await userEvent.keyboard('{F8}')
    expect(document.activeElement).toBe(screen.container.querySelector('ol.aek-toaster'))
  })

  test('an action button runs its callback and closes the notice', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    const onClick = vi.fn()
    notify.error('Session expired.', { action: { label: 'Sign in again', onClick } })
    await page.getByRole('button', { name: 'Sign in again' }).click()
    expect(onClick).toHaveBeenCalledTimes(1)
    await expect.poll(() => notices(screen.container).length).toBe(0)
    expect(store.getSnapshot()).toEqual([])
  })

  test('closes by itself after its duration', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    notify.info('Short-lived', { duration: 200 })
    await expect.element(page.getByText('Short-lived')).toBeVisible()
    await expect.poll(() => notices(screen.container).length, { timeout: 10_000 }).toBe(0)
  })

  test('a repeat of a notice that waits as long as a timer can (24.8 days) does not close it at once', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    notify.error('Maintenance tonight.', { duration: 2 ** 31 - 1 })
    notify.error('Maintenance tonight.', { duration: 2 ** 31 - 1 })
    await expect.element(page.getByText('×2')).toBeVisible()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(notices(screen.container)).toHaveLength(1)
    expect(store.getSnapshot().map((item) => item.open)).toEqual([true])
  })

  test('HTML and script in a message stay inert text', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    const hostile = '<img src=x onerror="window.__aekPwned=1"><script>window.__aekPwned=2</script>'
    notify.error(makeApiError({ userMessage: hostile }))
    await expect.element(page.getByText(hostile)).toBeVisible()
    expect(screen.container.querySelector('.aek-toast img, .aek-toast script')).toBeNull()
    await nextFrames()
    expect((window as { __aekPwned?: number }).__aekPwned).toBeUndefined()
  })

  test('raising a notice re-renders nothing outside the toaster', async () => {
    const { store, notify } = setup()
    const onRender = vi.fn()
    function App() {
      const [clicks] = useState(0)
      return <main>App {clicks}</main>
    }
    await render(
      <>
        <Profiler id="app" onRender={onRender}>
          <App />
        </Profiler>
        <Toaster store={store} />
      </>,
    )
    onRender.mockClear()
    notify.error('Failed.')
    notify.info('Hello.')
    await expect.element(page.getByText('Hello.')).toBeVisible()
    await nextFrames()
    expect(onRender).not.toHaveBeenCalled()
  })

  test('StrictMode neither drops an open notice nor keeps a closed one', async () => {
    const { store, notify } = setup()
    const screen = await render(
      <StrictMode>
        <Toaster store={store} />
      </StrictMode>,
    )
    const id = notify.error('Strict.')
    await expect.element(page.getByText('Strict.')).toBeVisible()
    await nextFrames()
    expect(store.getSnapshot().map((item) => item.open)).toEqual([true])
    notify.dismiss(id)
    await expect.poll(() => store.getSnapshot()).toEqual([])
    expect(notices(screen.container)).toHaveLength(0)
  })

  test('axe finds nothing with an error and an info notice', async () => {
    const { store, notify } = setup()
    const screen = await render(<Toaster store={store} />)
    notify.error(makeApiError({ userMessage: 'Failed.' }), {
      title: 'Could not save',
      action: { label: 'Try again', onClick: () => {} },
    })
    notify.info('Draft saved.')
    await expect.element(page.getByText('Draft saved.')).toBeVisible()
    await expectNoAxeViolations(screen.container)
    await expectNoAxeViolations(document.body)
  })
})
