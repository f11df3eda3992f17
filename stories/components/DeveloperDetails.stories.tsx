import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { DeveloperDetails } from '../../src/ui/index.js'
import { bkendError, serverError } from '../support/sampleErrors.js'

// Production builds of the gallery (`npm run build-storybook`) render nothing here, on purpose.
const isDevelopment = process.env.NODE_ENV !== 'production'

const meta = {
  title: 'Components/DeveloperDetails',
  component: DeveloperDetails,
  tags: ['autodocs'],
  args: { error: serverError() },
  argTypes: { error: { control: false } },
  decorators: [
    (Story) => (
      <div>
        {!isDevelopment && <p>Developer details render in development builds only.</p>}
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DeveloperDetails>

export default meta
type Story = StoryObj<typeof meta>

/** Closed: a disclosure button; opening it shows code, status, format, request and dev message. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    if (!isDevelopment) return
    const canvas = within(canvasElement)
    const trigger = canvas.getByRole('button', { name: 'Developer details' })
    await expect(trigger).toHaveAttribute('aria-expanded', 'false')
    await expect(canvas.queryByText('NullPointerException at PostsController.list')).toBeNull()
    await userEvent.click(trigger)
    await expect(trigger).toHaveAttribute('aria-expanded', 'true')
    await expect(canvas.getByText('NullPointerException at PostsController.list')).toBeVisible()
    await expect(canvas.getByText('backstack')).toBeVisible()
    await expect(canvas.getByText('POST https://api.demo.test/v1/data/posts')).toBeVisible()
  },
}

/** Open from the start, for a bkend error. */
export const Open: Story = {
  args: { error: bkendError('data/permission-denied'), defaultOpen: true, summary: 'Details' },
  play: async ({ canvasElement }) => {
    if (!isDevelopment) return
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await expect(canvas.getByText('data/permission-denied')).toBeVisible()
    await expect(canvas.getByText('403')).toBeVisible()
    await expect(canvas.getByText('req_01HZX4Q9ZK')).toBeVisible()
  },
}
