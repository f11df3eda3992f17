import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { animationsDone } from '../support/animationsDone.js'
import { demoApi } from '../support/mockApi.js'
import { Landing } from './Landing.js'

const meta = {
  title: 'Welcome',
  component: Landing,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'What api-error-kit does, in one screen: decode any error body, fetch with one refresh per expired token and honest waits, and show each error in the one place that helps. The tiny app below runs on the kit and a mock backend in the page: make its next save fail and see where each error lands.',
      },
    },
  },
} satisfies Meta<typeof Landing>

export default meta
type Story = StoryObj<typeof meta>

type Canvas = ReturnType<typeof within>

const fail = (canvas: Canvas, label: RegExp) =>
  userEvent.click(
    within(canvas.getByRole('group', { name: 'Make the next save fail with' })).getByRole(
      'button',
      { name: label },
    ),
  )

/** The landing page: what the kit does, and a tiny app to make fail. */
export const Welcome: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('heading', { level: 1, name: 'api-error-kit' })).toBeVisible()
    for (const step of ['Decode', 'Fetch', 'Show']) {
      await expect(canvas.getByRole('heading', { name: step })).toBeVisible()
    }
    await expect(canvas.getByRole('form', { name: 'New post' })).toBeVisible()
    await expect(canvas.getAllByRole('link')).toHaveLength(5)
  },
}

/** The landing in the dark theme, for axe's contrast check. (A test; hidden from the sidebar.) */
export const WelcomeDark: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    await expect(getComputedStyle(document.body).backgroundColor).toBe('rgb(21, 27, 35)')
    await expect(within(canvasElement).getByRole('form', { name: 'New post' })).toBeVisible()
  },
}

/**
 * Each failure of the same Publish lands in its own place: the field, a banner, a toast, a
 * refresh nobody sees, a countdown. (A test; hidden from the sidebar.)
 */
export const EveryFailureLandsInItsPlace: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const title = canvas.getByLabelText('Title')

    await fail(canvas, /^400/)
    await expect(
      await canvas.findByText('Give the post a title of 3 characters or more.'),
    ).toBeVisible()
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'))

    await fail(canvas, /^403/)
    await expect(await canvas.findByRole('alert')).toHaveTextContent("You don't have access")

    await fail(canvas, /^500/)
    const retry = await canvas.findByRole('button', { name: 'Try again' })
    await expect(retry.closest('li')).toHaveAttribute('data-kind', 'server')

    await fail(canvas, /^401/)
    await expect(await canvas.findByText('Published “Errors that land well”.')).toBeVisible()
    await expect(demoApi().stats.refreshCalls).toBe(1)

    await fail(canvas, /^429/)
    await expect(await canvas.findByRole('timer')).toBeVisible()
    await animationsDone()
  },
}
