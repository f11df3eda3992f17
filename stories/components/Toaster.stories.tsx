import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { createToast, createToastStore, Toaster, type ToastApi } from '../../src/ui/index.js'
import { animationsDone } from '../support/animationsDone.js'
import { bkendError, serverError } from '../support/sampleErrors.js'
import { whenClickable } from '../support/whenClickable.js'

interface ToasterHarnessProps {
  /** Raises the story's notices; called once before the toaster mounts, and by the button. */
  raise: (notify: ToastApi) => void
  /** @default 3 */
  maxVisible?: number
}

/** A toaster on a store of its own, so stories never share notices. */
function ToasterHarness({ raise, maxVisible }: ToasterHarnessProps) {
  const [{ store, notify }] = useState(() => {
    const store = createToastStore()
    const notify = createToast(store)
    // Raised before <Toaster> mounts: the store keeps them until it does.
    raise(notify)
    return { store, notify }
  })
  return (
    <div>
      <button type="button" className="aek-button" onClick={() => raise(notify)}>
        Raise again
      </button>
      <Toaster store={store} maxVisible={maxVisible} />
    </div>
  )
}

const meta = {
  title: 'Components/Toaster',
  component: ToasterHarness,
  subcomponents: { Toaster },
  tags: ['autodocs'],
  argTypes: { raise: { control: false } },
} satisfies Meta<typeof ToasterHarness>

export default meta
type Story = StoryObj<typeof meta>

const stay = { duration: Infinity }
const notices = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll('li.aek-toast')]
// Notices fade in: wait until the text is there and its animation is over (axe runs next).
async function shown(canvasElement: HTMLElement, text: string) {
  const element = await waitFor(() => {
    const found = within(canvasElement).getByText(text)
    expect(found).toBeVisible()
    return found
  })
  await animationsDone()
  return element
}

/** An error shows its `userMessage`, never the server's technical message. */
export const Error: Story = {
  args: { raise: (notify) => notify.error(serverError(), stay) },
  play: async ({ canvasElement }) => {
    const notice = await shown(
      canvasElement,
      'Something went wrong on our side. Please try again later.',
    )
    await expect(notice.closest('li')).toHaveAttribute('data-type', 'error')
    await expect(canvasElement).not.toHaveTextContent('NullPointerException')
  },
}

/** Informational notices are announced politely. */
export const Info: Story = {
  args: { raise: (notify) => notify.info('Your changes are saved as a draft.', stay) },
  play: async ({ canvasElement }) => {
    const notice = await shown(canvasElement, 'Your changes are saved as a draft.')
    await expect(notice.closest('li')).toHaveAttribute('data-type', 'info')
  },
}

/** A success notice, with a title. */
export const Success: Story = {
  args: { raise: (notify) => notify.success('The post is live.', { ...stay, title: 'Published' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await shown(canvasElement, 'Published')
    await expect(canvas.getByText('The post is live.').closest('li')).toHaveAttribute(
      'data-type',
      'success',
    )
  },
}

/** The same error three times is one notice with a count, not three notices. */
export const Merged: Story = {
  args: {
    raise: (notify) => {
      for (let index = 0; index < 3; index += 1)
        notify.error(bkendError('data/permission-denied'), stay)
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await shown(canvasElement, '×3')
    await expect(notices(canvasElement)).toHaveLength(1)
    await userEvent.click(canvas.getByRole('button', { name: 'Raise again' }))
    await shown(canvasElement, '×6')
    await expect(notices(canvasElement)).toHaveLength(1)
  },
}

/** Past `maxVisible`, notices wait in a queue and show as others close. */
export const Queued: Story = {
  args: {
    maxVisible: 2,
    raise: (notify) => {
      for (const text of ['First', 'Second', 'Third', 'Fourth']) notify.info(`${text} notice`, stay)
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await shown(canvasElement, 'First notice')
    await expect(notices(canvasElement)).toHaveLength(2)
    await expect(canvas.queryByText('Third notice')).toBeNull()
    await expect(canvasElement.querySelector('.aek-toaster')).toHaveAttribute('data-queued', '2')
    const first = canvas.getByText('First notice').closest('li')!
    await userEvent.click(
      await whenClickable(within(first).getByRole('button', { name: 'Dismiss' })),
    )
    await shown(canvasElement, 'Third notice')
    await waitFor(() => expect(canvas.queryByText('First notice')).toBeNull())
    await animationsDone()
  },
}

const onRetry = fn()

/** An action button such as Try again; clicking it runs the action and closes the notice. */
export const WithAction: Story = {
  args: {
    raise: (notify) =>
      notify.error(serverError(), { ...stay, action: { label: 'Try again', onClick: onRetry } }),
  },
  play: async ({ canvasElement }) => {
    onRetry.mockClear()
    const canvas = within(canvasElement)
    await userEvent.click(
      await whenClickable(await canvas.findByRole('button', { name: 'Try again' })),
    )
    await expect(onRetry).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(notices(canvasElement)).toHaveLength(0))
  },
}
