import type { Meta, StoryObj } from '@storybook/react-vite'
import { QueryClientProvider, useMutation } from '@tanstack/react-query'
import ky from 'ky'
import { useState } from 'react'
import { toast, Toaster } from 'sonner'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { createQueryClient } from '../../src/query/index.js'
import { ApiErrorProvider, createErrorHub } from '../../src/react/index.js'
import { createToasterChannels } from '../../src/ui/index.js'
import { animationsDone } from '../support/animationsDone.js'
import { DEMO_API_KEY, DEMO_API_URL, demoApi } from '../support/mockApi.js'

/** An app that already fetches with ky and shows toasts with sonner: the kit keeps both. */
function SonnerApp() {
  const [app] = useState(() => {
    const hub = createErrorHub()
    return { hub, queryClient: createQueryClient({ hub }), channels: createToasterChannels(toast) }
  })
  return (
    <ApiErrorProvider hub={app.hub} channels={app.channels}>
      <QueryClientProvider client={app.queryClient}>
        <SavePost />
        {/* Toasts stay until dismissed, so the story's axe check sees one. */}
        <Toaster duration={Infinity} />
      </QueryClientProvider>
    </ApiErrorProvider>
  )
}

const api = ky.create({ prefixUrl: DEMO_API_URL, retry: 0, headers: { 'x-api-key': DEMO_API_KEY } })

function SavePost() {
  const save = useMutation({
    mutationFn: () =>
      api
        .post('v1/data/posts', {
          json: { title: 'Hello' },
          headers: { authorization: `Bearer ${demoApi().control.signIn().accessToken}` },
        })
        .json(),
  })
  return (
    <button
      type="button"
      className="aek-button"
      onClick={() => save.mutate()}
      disabled={save.isPending}
    >
      Save post
    </button>
  )
}

const meta = {
  title: 'Components/Sonner toaster',
  component: SonnerApp,
  tags: ['autodocs'],
  // sonner's toasts live in a module of its own: none is left for the next story.
  beforeEach: () => () => void toast.dismiss(),
  parameters: {
    docs: {
      description: {
        component:
          "`createToasterChannels(toast)` sends the hub's toasts to sonner, so an app keeps its one toaster. Here a ky mutation fails with a 503: the query client decodes ky's error and sonner shows its user message, with a Retry.",
      },
    },
  },
} satisfies Meta<typeof SonnerApp>

export default meta
type Story = StoryObj<typeof meta>

/** A failed save shows one sonner toast with the user message and a Retry action. */
export const FailedSave: Story = {
  play: async ({ canvasElement }) => {
    demoApi().control.fault({
      type: 'status',
      status: 503,
      times: 2,
      match: { path: '/v1/data/posts' },
    })
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Save post' }))
    const body = within(canvasElement.ownerDocument.body)
    const message = await body.findByText(/try again later/i)
    await waitFor(() => expect(message).toBeVisible())
    await expect(body.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expect(canvasElement.ownerDocument.body).not.toHaveTextContent('Mock fault')
    await animationsDone()
  },
}
