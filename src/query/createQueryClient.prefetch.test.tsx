import { expectBoundaryReports } from '../../test/support/expectBoundaryReports.js'
import { useSuspenseQuery } from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { Suspense } from 'react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { useApiClient } from '../react/useApiClient.js'
import { ApiErrorBoundary } from './ApiErrorBoundary.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

const postsQuery = (client: ReturnType<typeof createApp>['client']) => ({
  queryKey: ['posts'],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    client.get<{ items: unknown[] }>('/v1/data/posts', { signal }),
})

function Posts() {
  const { data } = useSuspenseQuery(postsQuery(useApiClient()))
  return <p>{data.items.length} posts</p>
}

const serverError = () =>
  backend.control.fault({ type: 'status', status: 500, times: 1, match: { method: 'GET' } })

// Regression: a failed prefetch was shown as a banner at once, and again by the boundary of the
// page that read it, so the user saw one failure twice (or a banner for a link they only hovered).
describe('createQueryClient: fetches no component watches', () => {
  it('leaves a failed prefetch to the suspense query that reads it: the boundary alone shows it', async () => {
    expectBoundaryReports()
    const banner = vi.fn()
    const toast = vi.fn()
    const { Wrapper, client, queryClient } = createApp({ channels: { banner, toast } })
    const view = render(<Wrapper>{null}</Wrapper>)
    serverError()
    await queryClient.prefetchQuery(postsQuery(client))
    expect(queryClient.getQueryState(['posts'])?.status).toBe('error')
    view.rerender(
      <Wrapper>
        <ApiErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Posts />
          </Suspense>
        </ApiErrorBoundary>
      </Wrapper>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveAttribute('data-kind', 'server')
    expect(banner).not.toHaveBeenCalled()
    expect(toast).not.toHaveBeenCalled()
  })

  it('shows nothing for a prefetch nobody reads, and a query that mounts later refetches it', async () => {
    const banner = vi.fn()
    const toast = vi.fn()
    const { Wrapper, client, queryClient } = createApp({ channels: { banner, toast } })
    render(<Wrapper>{null}</Wrapper>)
    serverError()
    await queryClient.prefetchQuery(postsQuery(client))
    expect(queryClient.getQueryState(['posts'])?.status).toBe('error')
    expect(banner).not.toHaveBeenCalled()
    expect(toast).not.toHaveBeenCalled()
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
  })

  it('leaves a fetchQuery failure to its caller, which gets it as an ApiError', async () => {
    const banner = vi.fn()
    const toast = vi.fn()
    const { Wrapper, client, queryClient } = createApp({ channels: { banner, toast } })
    render(<Wrapper>{null}</Wrapper>)
    serverError()
    await expect(queryClient.fetchQuery(postsQuery(client))).rejects.toMatchObject({
      kind: 'server',
      status: 500,
    })
    expect(banner).not.toHaveBeenCalled()
    expect(toast).not.toHaveBeenCalled()
  })

  it('still announces a session that ended during a prefetch', async () => {
    const session = vi.fn()
    const toast = vi.fn()
    const { Wrapper, client, queryClient } = createApp({ channels: { session, toast } })
    render(<Wrapper>{null}</Wrapper>)
    backend.control.expireAllTokens()
    backend.control.failNextRefreshes(1)
    await queryClient.prefetchQuery(postsQuery(client))
    expect(session).toHaveBeenCalledTimes(1)
    // The end of the session emptied the cache: no failed query of the old user is left either.
    expect(queryClient.getQueryState(['posts'])).toBeUndefined()
    expect(toast).not.toHaveBeenCalled()
  })

  it('still routes a failure of a query on screen', async () => {
    const banner = vi.fn()
    const { Wrapper } = createApp({ channels: { banner } })
    serverError()
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', retry: false }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(banner).toHaveBeenCalledTimes(1)
  })
})
