import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { ApiErrorBoundary, useApiQuery } from '../../src/query/index.js'
import { ErrorBanner } from '../../src/ui/index.js'
import { DemoProviders } from '../demo/DemoProviders.js'
import { demoApi } from '../support/mockApi.js'
import { quietBoundaryReport } from '../support/quietBoundaryReport.js'

function Posts() {
  const posts = useApiQuery<{ items: { id: string; title: string }[] }>({
    queryKey: ['boundary-posts'],
    path: '/v1/data/posts',
    throwOnError: true,
  })
  if (!posts.data) return <p>Loading posts…</p>
  return (
    <ul aria-label="Posts">
      {posts.data.items.map((post) => (
        <li key={post.id}>{post.title}</li>
      ))}
    </ul>
  )
}

function BoundaryDemo() {
  return (
    <DemoProviders signedIn>
      <ApiErrorBoundary
        fallback={({ error, reset }) => <ErrorBanner error={error} onRetry={reset} announce />}
      >
        <Posts />
      </ApiErrorBoundary>
    </DemoProviders>
  )
}

const meta = {
  title: 'Components/ApiErrorBoundary',
  component: BoundaryDemo,
  subcomponents: { ApiErrorBoundary },
  tags: ['autodocs'],
} satisfies Meta<typeof BoundaryDemo>

export default meta
type Story = StoryObj<typeof meta>

/** The query succeeds: the boundary is invisible. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** The first load fails with a 500: the fallback shows the decoded error; Try again resets and loads. */
export const Fallback: Story = {
  beforeEach: () => {
    demoApi().control.fault({ type: 'status', status: 500, match: { path: '/v1/data/posts' } })
    return quietBoundaryReport()
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = await canvas.findByRole('alert')
    await expect(banner).toHaveTextContent('Something went wrong on our side')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
    await expect(demoApi().stats.requestsByRoute['GET /v1/data/:table']).toBe(2)
  },
}
