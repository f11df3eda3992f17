import { toast, Toaster } from 'sonner'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { ApiErrorProvider } from '../react/ApiErrorProvider.js'
import { createErrorHub } from '../react/routing/createErrorHub.js'
import { expectNoAxeViolations } from './testUtils/expectNoAxeViolations.js'
import { makeApiError } from './testUtils/makeApiError.js'
import { createToasterChannels } from './toasterChannels.js'

const sonnerToasts = () => [...document.querySelectorAll('[data-sonner-toast]')]

afterEach(() => {
  toast.dismiss()
})

// The real sonner in Chromium: the hub's toasts go to the app's one toaster.
describe('createToasterChannels with sonner', () => {
  test('shows the userMessage in a sonner toast, once for merged repeats, with a Retry that works', async () => {
    const hub = createErrorHub()
    await render(
      <ApiErrorProvider hub={hub} channels={createToasterChannels(toast)}>
        <Toaster />
      </ApiErrorProvider>,
    )
    const retry = vi.fn()
    const error = makeApiError({ userMessage: 'Could not save the post.' })
    hub.route(error, { source: 'mutation', retry })
    hub.route(error, { source: 'mutation', retry })
    await expect.element(page.getByText('Could not save the post.')).toBeVisible()
    expect(sonnerToasts()).toHaveLength(1)
    const section = document.querySelector('section[aria-live]')
    expect(section?.textContent).not.toContain('NullPointerException')
    expect(section?.textContent).not.toContain('technical')
    await userEvent.click(page.getByRole('button', { name: 'Try again' }))
    expect(retry).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(document.body)
  })
})
