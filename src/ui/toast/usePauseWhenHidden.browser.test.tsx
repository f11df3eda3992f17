import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { createToast } from './toast.js'
import { Toaster } from './Toaster.js'
import { createToastStore } from './toastStore.js'

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

afterEach(() => {
  // Drop the own property so the real getter on Document.prototype answers again.
  delete (document as { hidden?: boolean }).hidden
})

test('a notice does not close while the tab is hidden, and closes after it shows again', async () => {
  const store = createToastStore()
  const screen = await render(<Toaster store={store} />)
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
    .poll(() => screen.container.querySelectorAll('li.aek-toast').length, { timeout: 2000 })
    .toBe(0)
})
