import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { animationsDone } from '../support/animationsDone.js'
import { demoApi } from '../support/mockApi.js'
import { whenClickable } from '../support/whenClickable.js'
import { comeBack, go, makeTrouble } from './blogAdminSteps.js'
import { GalleryBlogAdmin } from './GalleryBlogAdmin.js'

const meta = {
  title: 'Demo/Blog admin',
  component: GalleryBlogAdmin,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'A small routed app (`examples/blog-admin`) on a mock bkend, written with the public API only. Sign in as demo@example.com / password123, then use **Make trouble** to expire the token, end the session, rate-limit a page, fail a save or switch the error format, and watch each error reach its one place: a field, a banner, a countdown, a toast or the sign-in page.',
      },
    },
  },
} satisfies Meta<typeof GalleryBlogAdmin>

export default meta
type Story = StoryObj<typeof meta>

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

/** A wrong password is reported on the form, its summary focused; the right one opens the posts. */
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
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible()
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
    // bkend's code names the field it is about: its own words, written for users, land on the
    // password input.
    await expect(summary).toHaveTextContent('Password must be at least 8 characters long.')
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

/** A 403 is the banner of its page, with Dismiss and no Try again (asking again gets the same). */
export const Forbidden: Story = {
  args: { signedIn: true, initialPath: '/secrets' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = await canvas.findByRole('alert')
    await expect(banner).toHaveTextContent("You don't have access")
    await expect(within(banner).queryByRole('button', { name: 'Try again' })).toBeNull()
    await expect(within(banner).getByRole('button', { name: 'Dismiss' })).toBeVisible()
    await expect(
      await canvas.findByText('Refused: data/permission-denied (status 403, bkend format).'),
    ).toBeVisible()
  },
}

/** The 403's banner belongs to its page: it goes when the user leaves for another. */
export const ForbiddenLeavesWithItsPage: Story = {
  args: { signedIn: true, initialPath: '/secrets' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent("You don't have access")
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

/** A 4 s Retry-After is more than the client waits: a countdown with Try again and Dismiss. */
export const RateLimit: Story = {
  args: { signedIn: true, initialPath: '/tasks' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await makeTrouble(canvas, 'Rate-limit the tasks (4 s)')
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }))
    const countdown = (await canvas.findByRole('timer')).closest('.aek-countdown') as HTMLElement
    await expect(within(countdown).getByRole('button', { name: 'Try again' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await expect(within(countdown).getByRole('button', { name: 'Dismiss' })).toBeVisible()
  },
}

/** Try again works once the wait is over, and loads the list; no request went early. */
export const RateLimitTryAgain: Story = {
  args: { signedIn: true, initialPath: '/tasks' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await makeTrouble(canvas, 'Rate-limit the tasks (4 s)')
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }))
    await expect(await canvas.findByRole('timer')).toBeVisible()
    const retry = canvas.getByRole('button', { name: 'Try again' })
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

/**
 * The same app against problem-details errors: dismiss the 403, switch the format, Ask again, and
 * the banner is back with only the format line changed.
 */
export const SwitchFormats: Story = {
  args: { signedIn: true, initialPath: '/secrets' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = await canvas.findByRole('alert')
    await expect(await canvas.findByText(/bkend format/)).toBeVisible()
    await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull())
    await userEvent.click(canvas.getByRole('radio', { name: 'Problem details (RFC 9457)' }))
    await expect(demoApi().control.mode).toBe('problem')
    await userEvent.click(canvas.getByRole('button', { name: 'Ask again' }))
    await expect(await canvas.findByText(/problem-details format/)).toBeVisible()
    await expect(await canvas.findByRole('alert')).toHaveTextContent("You don't have access")
  },
}

/**
 * On a phone (390 px wide) the page runs past the fold: an error that arrives while the user is
 * down at the panel is pinned where they are, not above them out of view.
 */
export const PageErrorOnPhone: Story = {
  args: { signedIn: true, initialPath: '/tasks' },
  parameters: {
    viewport: {
      options: {
        phone: {
          name: 'Phone, 390 × 664 (the page area of a 390 × 844 screen)',
          styles: { width: '390px', height: '664px' },
          type: 'mobile',
        },
      },
    },
  },
  globals: { viewport: { value: 'phone', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Write the tests/)).toBeVisible()
    await makeTrouble(canvas, 'Rate-limit the tasks (4 s)')
    window.scrollTo(0, document.documentElement.scrollHeight)
    await waitFor(() => expect(window.scrollY).toBeGreaterThan(0))
    // The user comes back to the tab down there: the tasks reload and meet the rate limit.
    comeBack()
    const countdown = (await canvas.findByRole('timer')).closest('.aek-countdown')!
    const box = countdown.getBoundingClientRect()
    await expect(window.scrollY).toBeGreaterThan(0)
    await expect(box.top).toBeGreaterThanOrEqual(0)
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight)
    await expect(
      within(countdown as HTMLElement).getByRole('button', { name: 'Dismiss' }),
    ).toBeVisible()
  },
}
