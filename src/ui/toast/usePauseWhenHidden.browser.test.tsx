import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { createToast } from './toast.js'
import { Toaster } from './Toaster.js'
import { createToastStore, type ToastStore } from './toastStore.js'

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
// A notice under the mouse stays paused by design. Below the fold, the pointer that other test
// files move over the same page never rests on it.
const renderBelowTheFold = (store: ToastStore) =>
  render(
    <>
      <div style={{ height: '100vh' }} />
      <Toaster store={store} />
    </>,
  )

// Other test files run beside this one in frames of the same page, and their clicks move window
// focus in and out of ours; Radix pauses on window blur and resumes on focus, so those events
// would pause or resume the notices in the middle of a test. Only visibility matters here.
const swallow = (event: Event) => event.stopImmediatePropagation()
beforeEach(() => {
  window.addEventListener('blur', swallow, true)
  window.addEventListener('focus', swallow, true)
})
afterEach(() => {
  window.removeEventListener('blur', swallow, true)
  window.removeEventListener('focus', swallow, true)
  // Drop the own property so the real getter on Document.prototype answers again.
  delete (document as { hidden?: boolean }).hidden
})

test('a notice does not close while the tab is hidden, and closes after it shows again', async () => {
  const store = createToastStore()
  const screen = await renderBelowTheFold(store)
  createToast(store).info('Paused while hidden', { duration: 300 })
  await expect.element(page.getByText('Paused while hidden')).toBeVisible()
  // Radix listens for pauses once it has counted the notice (the region takes pointer events).
  const region = screen.container.querySelector<HTMLElement>('[role="region"]')
  await expect.poll(() => region?.style.pointerEvents).toBe('')
  // The test page never has window focus; a user coming back to the tab would give it.
  vi.spyOn(document, 'hasFocus').mockReturnValue(true)
  setHidden(true)
  await wait(600)
  expect(screen.container.querySelectorAll('li.aek-toast')).toHaveLength(1)
  setHidden(false)
  expect(screen.container.querySelectorAll('li.aek-toast')).toHaveLength(1)
  await expect
    .poll(() => screen.container.querySelectorAll('li.aek-toast').length, { timeout: 10_000 })
    .toBe(0)
})

test('a notice raised while the tab is hidden waits for the tab to show before it starts closing', async () => {
  const store = createToastStore()
  const screen = await renderBelowTheFold(store)
  vi.spyOn(document, 'hasFocus').mockReturnValue(true)
  // Hidden before any notice: nothing was on screen to pause, so the new notice must wait itself.
  setHidden(true)
  createToast(store).error('Raised in the background', { duration: 300 })
  await expect.element(page.getByText('Raised in the background')).toBeInTheDocument()
  await wait(600)
  expect(screen.container.querySelectorAll('li.aek-toast')).toHaveLength(1)
  setHidden(false)
  await wait(100)
  expect(screen.container.querySelectorAll('li.aek-toast')).toHaveLength(1)
  await expect
    .poll(() => screen.container.querySelectorAll('li.aek-toast').length, { timeout: 10_000 })
    .toBe(0)
})
