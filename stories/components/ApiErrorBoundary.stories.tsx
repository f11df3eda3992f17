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
  parameters: {
    docs: {
      description: {
        component:
          'A query with `throwOnError` throws its `ApiError` to `ApiErrorBoundary`, whose fallback gets the decoded error and a `reset` that clears the query and tries again.',
      },
    },
  },
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

const failFirstLoad = () => {
  demoApi().control.fault({ type: 'status', status: 500, match: { path: '/v1/data/posts' } })
  return quietBoundaryReport()
}

/** The first load fails with a 500: the fallback shows the decoded error and a Try again. */
export const Fallback: Story = {
  beforeEach: failFirstLoad,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = await canvas.findByRole('alert')
    await expect(banner).toHaveTextContent('Something went wrong on our side')
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expect(canvas.queryByRole('list', { name: 'Posts' })).toBeNull()
  },
}

/** Try again resets the boundary and loads: one failed request, one that succeeds. */
export const RecoversOnTryAgain: Story = {
  beforeEach: failFirstLoad,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('alert')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText('Hello, world')).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
    await expect(demoApi().stats.requestsByRoute['GET /v1/data/:table']).toBe(2)
  },
}
