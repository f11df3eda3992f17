import { expect, userEvent, within } from 'storybook/test'
import { animationsDone } from '../support/animationsDone.js'
import { shownSetup } from './GalleryBlogAdmin.js'

/** What `within(canvasElement)` returns: the story's queries. */
export type Canvas = ReturnType<typeof within>

/** Follows a link of the main navigation, as a person would. */
export const go = (canvas: Canvas, page: string) =>
  userEvent.click(
    within(canvas.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: page }),
  )

/** Presses a button of the "Make trouble" panel. */
export const makeTrouble = (canvas: Canvas, label: string) =>
  userEvent.click(
    within(canvas.getByRole('complementary', { name: 'Make trouble' })).getByRole('button', {
      name: label,
    }),
  )

/** The toasts raised so far whose text is `message`, however often each was repeated. */
export const toastsSaying = (message: string) =>
  shownSetup()
    .toasts.getHistory()
    .filter((item) => item.message === message)

/** The user comes back to the tab: TanStack refetches what the page shows. */
export const comeBack = () => window.dispatchEvent(new Event('visibilitychange'))

/**
 * Lands on sign-in with one announcement of why (one more than `before`), and nothing of the
 * old user left.
 */
export async function expectSignedOutOnce(canvas: Canvas, message: string, before = 0) {
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
