import { expectBoundaryReports } from '../../test/support/expectBoundaryReports.js'
import { useSuspenseQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { act, Suspense } from 'react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { useApiClient } from '../react/useApiClient.js'
import { ApiErrorBoundary } from './ApiErrorBoundary.js'
import { useApiMutation } from './useApiMutation.js'

serveMockApi()

function Posts() {
  const api = useApiClient()
  const { data } = useSuspenseQuery({
    queryKey: ['posts'],
    queryFn: ({ signal }) => api.get<{ items: unknown[] }>('/v1/data/posts', { signal }),
  })
  return <p>{data.items.length} posts</p>
}

describe('ApiErrorBoundary', () => {
  it('shows the decoded error of a suspense query and its reset retries the query', async () => {
    expectBoundaryReports()
    const { Wrapper } = createApp()
    backend.control.fault({ type: 'status', status: 500, times: 1 })
    render(
      <Wrapper>
        <ApiErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Posts />
          </Suspense>
        </ApiErrorBoundary>
      </Wrapper>,
    )
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('Something went wrong on our side. Please try again later.')
    expect(alert).toHaveAttribute('data-kind', 'server')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(/^\d+ posts$/)).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('takes a fallback of its own', async () => {
    expectBoundaryReports()
    const { Wrapper } = createApp()
    backend.control.fault({
      type: 'status',
      status: 403,
      times: Infinity,
      code: 'data/permission-denied',
    })
    render(
      <Wrapper>
        <ApiErrorBoundary fallback={({ error }) => <p>Custom: {error.code}</p>}>
          <Suspense fallback={<p>Loading</p>}>
            <Posts />
          </Suspense>
        </ApiErrorBoundary>
      </Wrapper>,
    )
    expect(await screen.findByText('Custom: data/permission-denied')).toBeInTheDocument()
  })

  // Regression: the error a boundary showed was also routed to the page banner, so the user
  // saw the same failure twice.
  it('is the one place a suspense query error shows: the hub does not banner it too', async () => {
    expectBoundaryReports()
    const banner = vi.fn()
    const toast = vi.fn()
    const { Wrapper } = createApp({ channels: { banner, toast } })
    backend.control.fault({ type: 'status', status: 500, times: Infinity })
    render(
      <Wrapper>
        <ApiErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Posts />
          </Suspense>
        </ApiErrorBoundary>
      </Wrapper>,
    )
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(banner).not.toHaveBeenCalled()
    expect(toast).not.toHaveBeenCalled()
  })

  it('still announces a session that ended under a boundary', async () => {
    expectBoundaryReports()
    const onSessionExpired = vi.fn()
    const banner = vi.fn()
    const { Wrapper } = createApp({ channels: { banner }, onSessionExpired })
    backend.control.expireAllTokens()
    backend.control.failNextRefreshes(1)
    render(
      <Wrapper>
        <ApiErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Posts />
          </Suspense>
        </ApiErrorBoundary>
      </Wrapper>,
    )
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(banner).not.toHaveBeenCalled()
  })

  // Regression: a mutation with throwOnError showed its error in the boundary and in a toast.
  it('is the one place a throwOnError mutation error shows: the hub does not toast it too', async () => {
    expectBoundaryReports()
    const toast = vi.fn()
    const banner = vi.fn()
    const { Wrapper } = createApp({ channels: { toast, banner } })
    backend.control.fault({ type: 'status', status: 500, match: { method: 'POST' } })
    function Save() {
      const save = useApiMutation<unknown, { title: string }>({
        path: '/v1/data/posts',
        throwOnError: true,
      })
      return (
        <button type="button" onClick={() => save.mutate({ title: 'Hello' })}>
          Save
        </button>
      )
    }
    render(
      <Wrapper>
        <ApiErrorBoundary>
          <Save />
        </ApiErrorBoundary>
      </Wrapper>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveAttribute('data-kind', 'server')
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(toast).not.toHaveBeenCalled()
    expect(banner).not.toHaveBeenCalled()
  })

  it('still toasts a mutation whose throwOnError function keeps the error', async () => {
    const toast = vi.fn()
    const { Wrapper } = createApp({ channels: { toast } })
    backend.control.fault({ type: 'status', status: 500, match: { method: 'POST' } })
    const throwOnError = vi.fn((_error: unknown) => false)
    function Save() {
      const save = useApiMutation<unknown, { title: string }>({
        path: '/v1/data/posts',
        throwOnError,
      })
      return (
        <button type="button" onClick={() => save.mutate({ title: 'Hello' })}>
          {save.isError ? 'Failed' : 'Save'}
        </button>
      )
    }
    render(
      <Wrapper>
        <ApiErrorBoundary>
          <Save />
        </ApiErrorBoundary>
      </Wrapper>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('button', { name: 'Failed' })).toBeInTheDocument()
    expect(toast).toHaveBeenCalledTimes(1)
    expect(throwOnError.mock.calls[0]![0]).toMatchObject({ kind: 'server' })
  })
})
