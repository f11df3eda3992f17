import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { animationsDone } from '../support/animationsDone.js'
import { demoApi } from '../support/mockApi.js'
import { whenClickable } from '../support/whenClickable.js'
import { DemoApp } from './DemoApp.js'

const meta = {
  title: 'Demo/App',
  component: DemoApp,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof DemoApp>

export default meta
type Story = StoryObj<typeof meta>

/** The landing page: sign in (or sign up) against the mock backend, then try each scenario. */
export const App: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('form', { name: 'Sign in' })).toBeVisible()
    await expect(canvas.getByRole('form', { name: 'Create an account' })).toBeVisible()
    await expect(canvas.getByRole('radio', { name: 'bkend' })).toBeChecked()
  },
}

/** Signed in as the demo user, every scenario ready to try. */
export const SignedIn: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await expect(await canvas.findByText('2 todos')).toBeVisible()
    await expect(canvas.queryByRole('form', { name: 'Sign in' })).toBeNull()
  },
}

/** A wrong password is reported on the form; the right one signs in and the lists load. */
export const SignIn: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const form = within(canvas.getByRole('form', { name: 'Sign in' }))
    await userEvent.type(form.getByLabelText('Email'), 'demo@example.com')
    await userEvent.type(form.getByLabelText('Password'), 'wrong-password')
    await userEvent.click(form.getByRole('button', { name: 'Sign in' }))
    const summary = await form.findByRole('region', { name: 'There is a problem' })
    await expect(summary).toHaveTextContent(/There is a problem/)
    await expect(summary).toHaveTextContent('The email or password is incorrect.')
    // Focus moves to the summary once it has rendered; typing starts after, as a person's would.
    await waitFor(() => expect(summary).toHaveFocus())

    await userEvent.clear(form.getByLabelText('Password'))
    await userEvent.type(form.getByLabelText('Password'), 'password123')
    await userEvent.click(form.getByRole('button', { name: 'Sign in' }))
    // The sign-in and the first list are two round trips through the service worker.
    const signOut = await canvas.findByRole('button', { name: 'Sign out' }, { timeout: 4000 })
    await expect(signOut).toBeVisible()
    await expect(await canvas.findByText('Hello, world', {}, { timeout: 4000 })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }))
    await expect(await canvas.findByRole('form', { name: 'Sign in' })).toBeVisible()
  },
}

/**
 * bkend's envelope carries no field names, so its message goes on top of the form; Backstack
 * names the fields, so the same mistakes land on their inputs, linked from the summary.
 */
export const SignUpValidation: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const form = within(canvas.getByRole('form', { name: 'Create an account' }))
    const email = form.getByLabelText('Email')
    const password = form.getByLabelText('Password')
    await userEvent.type(email, 'demo@example.com')
    await userEvent.type(password, 'short')
    await userEvent.click(form.getByRole('button', { name: 'Sign up' }))
    const summary = await form.findByRole('region', { name: 'There is a problem' })
    await expect(summary).toHaveTextContent("The password doesn't meet the requirements.")
    await expect(password).not.toHaveAttribute('aria-invalid')

    await userEvent.click(canvas.getByRole('radio', { name: 'Backstack' }))
    await userEvent.click(form.getByRole('button', { name: 'Sign up' }))
    const passwordError = 'Password must be at least 8 characters long.'
    await expect(await form.findByText(passwordError, { selector: 'p' })).toBeVisible()
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByRole('link', { name: passwordError })).toBeVisible()
    await waitFor(() =>
      expect(form.getByRole('region', { name: 'There is a problem' })).toHaveFocus(),
    )

    await userEvent.type(password, '-but-longer')
    await expect(password).not.toHaveAttribute('aria-invalid')
    await userEvent.click(form.getByRole('button', { name: 'Sign up' }))
    const taken = 'This email is already registered. Sign in instead.'
    await expect(await form.findByText(taken, { selector: 'p' })).toBeVisible()
    await expect(email).toHaveAttribute('aria-invalid', 'true')
  },
}

/** Both lists meet an expired token: one refresh, both reload, no error shown. */
export const TokenExpiry: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Expire my token' }))
    await expect(
      await canvas.findByText('Reloaded. Token refreshes: 1 for 2 requests.'),
    ).toBeVisible()
    await expect(demoApi().stats.refreshCalls).toBe(1)
    await expect(canvas.getByText('Hello, world')).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** A 429 shows the countdown; its Retry works once the wait is over, and the retry succeeds. */
export const RateLimit: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send a todo' }))
    await expect(await canvas.findByRole('timer')).toBeVisible()
    const retry = canvas.getByRole('button', { name: 'Try again' })
    await expect(retry).toHaveAttribute('aria-disabled', 'true')
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'false'), {
      timeout: 4000,
    })
    await userEvent.click(retry)
    await expect(
      await canvas.findByText('Sent after the wait. Requests sent too early: 0.'),
    ).toBeVisible()
  },
}

/** A 403 becomes the page banner, with what the developer needs behind a disclosure. */
export const Forbidden: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Open the secrets' }))
    const banner = await canvas.findByRole('alert')
    await expect(banner).toHaveTextContent("You don't have access")
    await expect(
      canvas.getByText('Refused: data/permission-denied (status 403, bkend format).'),
    ).toBeVisible()
    await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }))
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** A 500 on save becomes a toast with Retry; the retry publishes the post. */
export const ServerFailure: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Publish a post' }))
    const retry = await canvas.findByRole('button', { name: 'Retry' })
    const toast = retry.closest('li')!
    await expect(toast).toHaveAttribute('data-kind', 'server')
    await userEvent.click(await whenClickable(retry))
    await expect(await canvas.findByText(/^Published “Draft/)).toBeVisible()
    await expect(demoApi().stats.sideEffects.created).toBe(1)
    // Retry closes the notice: it fades out, then leaves the page.
    await waitFor(() => expect(toast).not.toBeInTheDocument())
    await animationsDone()
  },
}

/** The same app against Backstack and problem-details errors: only the format line changes. */
export const SwitchFormats: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'Problem details (RFC 9457)' }))
    await expect(demoApi().control.mode).toBe('problem')
    await userEvent.click(canvas.getByRole('button', { name: 'Open the secrets' }))
    await expect(await canvas.findByText(/problem-details format/)).toBeVisible()

    await userEvent.click(canvas.getByRole('radio', { name: 'Backstack' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Open the secrets' }))
    await expect(await canvas.findByText(/backstack format/)).toBeVisible()
    await expect(await canvas.findByRole('alert')).toHaveTextContent("You don't have access")
  },
}
