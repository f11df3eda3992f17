import { useLayoutEffect } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { DeveloperDetails, ErrorBanner } from '../../src/ui/index.js'
import { bkendError, serverError } from '../support/sampleErrors.js'

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  tags: ['autodocs'],
  args: { error: bkendError('data/permission-denied') },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof ErrorBanner>

export default meta
type Story = StoryObj<typeof meta>

/** Try again and Dismiss buttons call their handlers. */
export const WithRetryAndDismiss: Story = {
  args: { error: serverError(), onRetry: fn(), onDismiss: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Something went wrong on our side')).toBeVisible()
    await expect(canvasElement).not.toHaveTextContent('NullPointerException')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }))
    await expect(args.onDismiss).toHaveBeenCalledTimes(1)
  },
}

/** Without handlers there are no buttons: the title of the kind and the user message. */
export const WithoutActions: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText("You don't have access")).toBeVisible()
    await expect(canvas.getByText("You don't have permission to do that.")).toBeVisible()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

/** `announce`: an alert, read out at once, for an error that appears after the page loaded. */
export const Announced: Story = {
  args: { announce: true },
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('alert')
    await expect(banner).toHaveAccessibleName("You don't have access")
  },
}

/** `announce={false}`: a named region that is read with the page, not interrupting it. */
export const NotAnnounced: Story = {
  args: { announce: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('alert')).toBeNull()
    await expect(canvas.getByRole('region', { name: "You don't have access" })).toBeVisible()
  },
}

/** `focusOnMount`: the answer to what the user just did takes focus (GOV.UK's pattern). */
export const FocusOnMount: Story = {
  args: { error: bkendError('data/validation-error'), focusOnMount: true, onDismiss: fn() },
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('region', {
      name: 'Check the information you entered',
    })
    await waitFor(() => expect(banner).toHaveFocus())
    await expect(banner).toHaveAttribute('tabindex', '-1')
  },
}

/** Developer details inside the banner (development builds only). */
export const WithDeveloperDetails: Story = {
  args: {
    error: serverError(),
    onRetry: fn(),
    children: <DeveloperDetails error={serverError()} defaultOpen />,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible()
    if (process.env.NODE_ENV !== 'production') {
      await expect(canvas.getByText('req_01HZX4R2A0')).toBeVisible()
    }
  },
}

/** The dark theme (`data-theme="dark"` on `<html>`): axe checks its contrast too. */
export const DarkTheme: Story = {
  args: { error: serverError(), onRetry: fn(), onDismiss: fn() },
  decorators: [
    (Story) => {
      function Dark() {
        useLayoutEffect(() => {
          document.documentElement.setAttribute('data-theme', 'dark')
          return () => document.documentElement.removeAttribute('data-theme')
        }, [])
        return (
          <div style={{ background: 'var(--aek-bg)', padding: 12 }}>
            <Story />
          </div>
        )
      }
      return <Dark />
    },
  ],
  play: async ({ canvasElement }) => {
    await expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    const banner = canvasElement.querySelector('.aek-banner')!
    await expect(getComputedStyle(banner).backgroundColor).toBe('rgb(45, 21, 24)')
  },
}
