import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { demoApi } from '../support/mockApi.js'
import { comeBack, expectSignedOutOnce, go, makeTrouble, toastsSaying } from './blogAdminSteps.js'
import { GalleryBlogAdmin, shownSetup } from './GalleryBlogAdmin.js'

const meta = {
  title: 'Demo/Sessions',
  component: GalleryBlogAdmin,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "The blog admin's session, seen from the user's side: an expired token is refreshed once and unseen; a session the backend ends sends the user to sign in with one toast and none of the old user's data; signing out announces nothing.",
      },
    },
  },
} satisfies Meta<typeof GalleryBlogAdmin>

export default meta
type Story = StoryObj<typeof meta>

const SESSION_EXPIRED = 'Your session has expired. Please sign in again.'
const SESSION_ENDED = 'Your session has ended. Please sign in again.'

/**
 * Every token expires: the next page's list refreshes it once, invisibly, and loads. The panel
 * counts the refreshes of each expiry, so a second click reads "1" again, not a running total.
 */
export const TokenExpiry: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const status = within(canvas.getByRole('complementary', { name: 'Make trouble' })).getByRole(
      'status',
    )
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    for (const [round, page] of ['Tasks', 'Posts'].entries()) {
      await makeTrouble(canvas, 'Expire my token')
      await expect(status).toHaveTextContent('Refreshes since: 0.')
      await go(canvas, page)
      await expect(await canvas.findByRole('heading', { name: page })).toBeVisible()
      await waitFor(() => expect(status).toHaveTextContent('Refreshes since: 1.'))
      await expect(demoApi().stats.refreshCalls).toBe(round + 1)
      await expect(canvas.queryByRole('alert')).toBeNull()
    }
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
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

/** Sign out is the user's own doing: back to sign-in, nothing announced, the old data gone. */
export const SignOut: Story = {
  args: { signedIn: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }))
    await expect(await canvas.findByRole('form', { name: 'Sign in' })).toBeVisible()
    await expect(toastsSaying(SESSION_ENDED)).toHaveLength(0)
    await expect(toastsSaying(SESSION_EXPIRED)).toHaveLength(0)
    // The provider heard the sign-out from the client: no query holds the old user's data.
    const cached = shownSetup()
      .queryClient.getQueryCache()
      .getAll()
      .filter((query) => query.state.data !== undefined)
    await expect(cached).toHaveLength(0)
  },
}
