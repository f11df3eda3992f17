import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { animationsDone } from '../support/animationsDone.js'
import { demoApi } from '../support/mockApi.js'
import { whenClickable } from '../support/whenClickable.js'
import { GalleryBlogAdmin, shownSetup } from './GalleryBlogAdmin.js'

const meta = {
  title: 'Demo/Blog admin',
  component: GalleryBlogAdmin,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryBlogAdmin>

export default meta
type Story = StoryObj<typeof meta>

type Canvas = ReturnType<typeof within>

const SESSION_EXPIRED = 'Your session has expired. Please sign in again.'
const SESSION_ENDED = 'Your session has ended. Please sign in again.'

/** Follows a link of the main navigation, as a person would. */
const go = (canvas: Canvas, page: string) =>
  userEvent.click(
    within(canvas.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: page }),
  )

/** The toasts raised so far whose text is `message`, however often each was repeated. */
const toastsSaying = (message: string) =>
  shownSetup()
    .toasts.getHistory()
    .filter((item) => item.message === message)

/** The user comes back to the tab: TanStack refetches what the page shows. */
const comeBack = () => window.dispatchEvent(new Event('visibilitychange'))

/**
 * Lands on sign-in with one announcement of why (one more than `before`), and nothing of the
 * old user left.
 */
async function expectSignedOutOnce(canvas: Canvas, message: string, before = 0) {
  await expect(await canvas.findByRole('form', { name: 'Sign in' })).toBeVisible()
  const toast = await canvas.findByText(message, {
    selector: '.aek-toast-message, .aek-toast-message *',
  })
  // The toast fades in: seen once its animation is over, however slow the machine.
  await animationsDone()
  await expect(toast).toBeVisible()
  const told = toastsSaying(message)
  await expect(told).toHaveLength(before + 1)
  await expect(told.at(-1)!.count).toBe(1)
  await expect(told.at(-1)!.action).toBeUndefined()
  const cached = shownSetup().queryClient.getQueryCache().getAll()
  await expect(cached.filter((query) => query.state.data !== undefined)).toEqual([])
  await expect(canvas.queryByRole('list', { name: 'Posts' })).toBeNull()
  await animationsDone()
}

/** Signed out: the sign-in and sign-up forms, and what to try once in. */
export const App: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('form', { name: 'Sign in' })).toBeVisible()
    await expect(canvas.getByRole('form', { name: 'Create an account' })).toBeVisible()
    await expect(canvas.queryByRole('navigation', { name: 'Main' })).toBeNull()
  },
}

/** Signed in as the demo user, on the posts. */
export const SignedIn: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await expect(canvas.getByRole('link', { name: 'Posts' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  },
}

/** A wrong password is reported on the form; the right one opens the posts; Sign out leaves. */
export const SignIn: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const form = within(await canvas.findByRole('form', { name: 'Sign in' }))
    await userEvent.type(form.getByLabelText('Email'), 'demo@example.com')
    await userEvent.type(form.getByLabelText('Password'), 'wrong-password')
    await userEvent.click(form.getByRole('button', { name: 'Sign in' }))
    const summary = await form.findByRole('region', { name: 'There is a problem' })
    await expect(summary).toHaveTextContent('The email or password is incorrect.')
    await waitFor(() => expect(summary).toHaveFocus())

    await userEvent.clear(form.getByLabelText('Password'))
    await userEvent.type(form.getByLabelText('Password'), 'password123')
    await userEvent.click(form.getByRole('button', { name: 'Sign in' }))
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }))
    await expect(await canvas.findByRole('form', { name: 'Sign in' })).toBeVisible()
    // Signing out is no session end: nothing to announce, and the old data is gone all the same.
    await expect(toastsSaying(SESSION_ENDED)).toHaveLength(0)
    await expect(toastsSaying(SESSION_EXPIRED)).toHaveLength(0)
    await expect(shownSetup().queryClient.getQueryCache().getAll()).toHaveLength(0)
  },
}

/**
 * bkend's password code names the field it is about; Backstack names the fields in its body: either
 * way the mistake lands on its input, linked from the summary.
 */
export const SignUpValidation: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const form = within(await canvas.findByRole('form', { name: 'Create an account' }))
    const email = form.getByLabelText('Email')
    const password = form.getByLabelText('Password')
    await userEvent.type(email, 'demo@example.com')
    await userEvent.type(password, 'short')
    await userEvent.click(form.getByRole('button', { name: 'Sign up' }))
    const summary = await form.findByRole('region', { name: 'There is a problem' })
    await expect(summary).toHaveTextContent("The password doesn't meet the requirements.")
    // bkend's code names the field it is about: the message lands on the password input.
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(email).not.toHaveAttribute('aria-invalid')

    await userEvent.click(canvas.getByRole('radio', { name: 'Backstack' }))
    await userEvent.click(form.getByRole('button', { name: 'Sign up' }))
    const passwordError = 'Password must be at least 8 characters long.'
    await expect(await form.findByText(passwordError, { selector: 'p' })).toBeVisible()
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByRole('link', { name: passwordError })).toBeVisible()
  },
}

/** Every token expires: the next page's list refreshes it once, invisibly, and loads. */
export const TokenExpiry: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    demoApi().control.expireAllTokens()
    await go(canvas, 'Tasks')
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await expect(demoApi().stats.refreshCalls).toBe(1)
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** The session ends on each page in turn: each time, sign-in, one toast, no data of the user. */
export const SessionEndsOnAnyPage: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const pages = ['Posts', 'Tasks', 'Secrets']
    for (const [index, page] of pages.entries()) {
      await expect(await canvas.findByRole('navigation', { name: 'Main' })).toBeVisible()
      await go(canvas, page)
      await expect(await canvas.findByRole('heading', { name: page })).toBeVisible()
      await userEvent.click(canvas.getByRole('button', { name: 'End my session' }))
      // The page's next request meets an expired token whose refresh is refused.
      comeBack()
      await expectSignedOutOnce(canvas, SESSION_EXPIRED, index)
      // Sign in again for the next page.
      shownSetup().toasts.dismiss()
      const form = within(canvas.getByRole('form', { name: 'Sign in' }))
      await userEvent.type(form.getByLabelText('Email'), 'demo@example.com')
      await userEvent.type(form.getByLabelText('Password'), 'password123')
      await userEvent.click(form.getByRole('button', { name: 'Sign in' }))
      // Back to the page the session ended on.
      await expect(await canvas.findByRole('heading', { name: page })).toBeVisible()
      await waitFor(() => expect(shownSetup().toasts.getSnapshot()).toEqual([]))
    }
  },
}

/** The backend restarts and forgets the session: the token it refuses ends it, once. */
export const RejectedToken: Story = {
  args: { signedIn: true, initialPath: '/tasks' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Restart the backend' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }))
    await expectSignedOutOnce(canvas, SESSION_ENDED)
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull()
  },
}

/** A 403 is the banner of its page, with no Try again; it goes when the user leaves. */
export const Forbidden: Story = {
  args: { signedIn: true, initialPath: '/secrets' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = await canvas.findByRole('alert')
    await expect(banner).toHaveTextContent("You don't have access")
    await expect(within(banner).queryByRole('button', { name: 'Try again' })).toBeNull()
    await expect(within(banner).getByRole('button', { name: 'Dismiss' })).toBeVisible()
    await expect(
      canvas.getByText('Refused: data/permission-denied (status 403, bkend format).'),
    ).toBeVisible()
    await go(canvas, 'Posts')
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await waitFor(() => expect(canvas.queryByText("You don't have access")).toBeNull())
  },
}

/** A 2 s Retry-After the client waits out itself is counted down, with no button, then loads. */
export const AutomaticWait: Story = {
  args: { signedIn: true, initialPath: '/tasks' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Slow down the tasks (2 s)' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }))
    const timer = await canvas.findByRole('timer')
    const countdown = timer.closest('.aek-countdown') as HTMLElement
    // Retry-After: 2, and a jitter that stays within the demo's maxRetryAfterMs (2.5 s).
    await expect(countdown).toHaveTextContent(/Too many requests\. Trying again in [1-3]s/)
    await expect(within(countdown).queryByRole('button')).toBeNull()
    await waitFor(() => expect(canvas.queryByRole('timer')).toBeNull(), { timeout: 6000 })
    await expect(await canvas.findByRole('button', { name: 'Reload' })).toBeEnabled()
    await expect(demoApi().stats.earlyRequests).toBe(0)
  },
}

/** A 4 s Retry-After is more than the client waits: a countdown, then Try again that works. */
export const RateLimit: Story = {
  args: { signedIn: true, initialPath: '/tasks' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Rate-limit the tasks (4 s)' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }))
    await expect(await canvas.findByRole('timer')).toBeVisible()
    const retry = canvas.getByRole('button', { name: 'Try again' })
    await expect(retry).toHaveAttribute('aria-disabled', 'true')
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'false'), {
      timeout: 8000,
    })
    await userEvent.click(retry)
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull())
    await expect(demoApi().stats.earlyRequests).toBe(0)
  },
}

/** A 500 on save is a toast with Try again; trying again publishes the post. */
export const FailedSave: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Fail the next save' }))
    const form = within(canvas.getByRole('form', { name: 'New post' }))
    await userEvent.type(form.getByLabelText('Title'), 'Errors that follow the app')
    await userEvent.click(form.getByRole('button', { name: 'Publish' }))
    const retry = await canvas.findByRole('button', { name: 'Try again' })
    await expect(retry.closest('li')).toHaveAttribute('data-kind', 'server')
    await userEvent.click(await whenClickable(retry))
    await expect(await canvas.findByText('Published “Errors that follow the app”.')).toBeVisible()
    await expect(demoApi().stats.sideEffects.created).toBe(1)
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull())
    await animationsDone()
  },
}

/** The same app against problem-details errors: only the format line changes. */
export const SwitchFormats: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'Problem details (RFC 9457)' }))
    await expect(demoApi().control.mode).toBe('problem')
    await go(canvas, 'Secrets')
    await expect(await canvas.findByText(/problem-details format/)).toBeVisible()
    await expect(await canvas.findByRole('alert')).toHaveTextContent("You don't have access")
  },
}
