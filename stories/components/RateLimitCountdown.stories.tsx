import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { createCooldownStore } from '../../src/core/index.js'
import { RateLimitCountdown } from '../../src/ui/index.js'

interface CountdownHarnessProps {
  /** Seconds from when the story renders to the deadline; 0 or less has already ended. */
  seconds: number
  autoRetry?: boolean
  onRetry?: () => void
}

/** A countdown to a deadline set when the story renders, so it is the same in every run. */
function CountdownHarness({ seconds, ...props }: CountdownHarnessProps) {
  const [until] = useState(() => Date.now() + seconds * 1000)
  return <RateLimitCountdown until={until} {...props} />
}

const meta = {
  title: 'Components/RateLimitCountdown',
  component: CountdownHarness,
  subcomponents: { RateLimitCountdown },
  tags: ['autodocs'],
  args: { seconds: 2, onRetry: fn() },
} satisfies Meta<typeof CountdownHarness>

export default meta
type Story = StoryObj<typeof meta>

/** Waiting: the seconds left in a timer, Try again `aria-disabled`; then ready, and Try again works. */
export const Running: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('timer')).toHaveTextContent(/^[12]s$/)
    const retry = canvas.getByRole('button', { name: 'Try again' })
    await expect(retry).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(retry)
    await expect(args.onRetry).not.toHaveBeenCalled()
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Too many requests. You can try again in 2 seconds.$/,
    )
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'false'), { timeout: 3500 })
    // The end is announced once, right after the render that ends the wait.
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('You can try again now.'),
    )
    await userEvent.click(retry)
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
  },
}

/** A deadline already past: ready at once, nothing announced. */
export const Ended: Story = {
  args: { seconds: -1 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('timer')).toBeNull()
    await expect(canvas.getByText('You can try again now.')).toBeVisible()
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement()
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
  },
}

/** `autoRetry`: calls `onRetry` once, by itself, when the wait is over. */
export const AutoRetry: Story = {
  args: { seconds: 1, autoRetry: true },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent('1s')
    await expect(args.onRetry).not.toHaveBeenCalled()
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 2500 })
  },
}

function SharedScopeHarness() {
  const [cooldowns] = useState(() => {
    const store = createCooldownStore()
    store.set({ scope: 'https://api.demo.test', until: Date.now() + 3000 })
    return store
  })
  return (
    <div>
      <RateLimitCountdown scope="https://api.demo.test" cooldowns={cooldowns} />
      <RateLimitCountdown
        scope="https://api.demo.test"
        cooldowns={cooldowns}
        waitingText="The search is paused too. Try again in"
      />
    </div>
  )
}

/** Two countdowns of one scope read the client's cooldown store: they show one deadline. */
export const SharedScope: Story = {
  render: () => <SharedScopeHarness />,
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('timer')
    await expect(first).toHaveTextContent(/^[23]s$/)
    await expect(second!.textContent).toBe(first!.textContent)
  },
}
