import { dehydrate, hydrate, HydrationBoundary, type DehydratedState } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { isApiError } from '../core/isApiError.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

/** What a server sends: its cache with failed queries included, through JSON as in the page. */
async function serverState(fail: () => void): Promise<DehydratedState> {
  const { client, queryClient } = createApp()
  fail()
  await queryClient.prefetchQuery({
    queryKey: ['posts'],
    queryFn: ({ signal }) => client.get('/v1/data/posts', { signal }),
  })
  const state = dehydrate(queryClient, { shouldDehydrateQuery: () => true })
  return JSON.parse(JSON.stringify(state)) as DehydratedState
}

// Regression: an ApiError sent through JSON came back a plain object, so isApiError(error) was
// false, `error.domain` undefined, and routing read it as an unknown error.
describe('createQueryClient: failed queries hydrated from a server', () => {
  it('gives a component the hydrated error as an ApiError', async () => {
    const state = await serverState(() =>
      backend.control.fault({ type: 'status', status: 403, code: 'data/permission-denied' }),
    )
    const { Wrapper } = createApp()
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', retryOnMount: false }),
      {
        wrapper: ({ children }: { children: ReactNode }) => (
          <Wrapper>
            <HydrationBoundary state={state}>{children}</HydrationBoundary>
          </Wrapper>
        ),
      },
    )
    const { error } = result.current
    expect(isApiError(error)).toBe(true)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      status: 403,
      code: 'data/permission-denied',
      kind: 'permission',
      domain: 'data',
      userMessage: "You don't have permission to do that.",
    })
    expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(1)
  })

  it('decodes the error of a query already in the cache that newer state replaces', async () => {
    const server = createApp()
    const postsQuery = {
      queryKey: ['posts'],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        server.client.get('/v1/data/posts', { signal }),
    }
    await server.queryClient.prefetchQuery(postsQuery)
    backend.control.fault({ type: 'status', status: 404, code: 'data/not-found', times: 1 })
    await server.queryClient.prefetchQuery({ ...postsQuery, staleTime: 0 })
    const state = dehydrate(server.queryClient, { shouldDehydrateQuery: () => true })
    const { queryClient } = createApp()
    queryClient.setQueryData(['posts'], { items: [] }, { updatedAt: 1 })
    hydrate(queryClient, JSON.parse(JSON.stringify(state)) as DehydratedState)
    const error = queryClient.getQueryState(['posts'])?.error
    expect(queryClient.getQueryState(['posts'])?.status).toBe('error')
    expect(isApiError(error, 'data/not-found')).toBe(true)
  })

  it('decodes an error the server sent as anything else (a redacted Error) into an ApiError', async () => {
    const state = await serverState(() =>
      backend.control.fault({ type: 'status', status: 500, times: 1 }),
    )
    state.queries[0]!.state.error = new Error('redacted') as never
    const { queryClient } = createApp()
    hydrate(queryClient, state)
    const error = queryClient.getQueryState(['posts'])?.error
    expect(isApiError(error)).toBe(true)
    expect(error?.message).toBe('redacted')
  })

  it('hands a hydrated query that refetches and fails again to the hub as usual', async () => {
    const state = await serverState(() =>
      backend.control.fault({
        type: 'status',
        status: 403,
        code: 'data/permission-denied',
        times: 2,
      }),
    )
    const banner = vi.fn()
    const { Wrapper } = createApp({ channels: { banner } })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
      {
        wrapper: ({ children }: { children: ReactNode }) => (
          <Wrapper>
            <HydrationBoundary state={state}>{children}</HydrationBoundary>
          </Wrapper>
        ),
      },
    )
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(1))
    expect(isApiError(result.current.error, 'data/permission-denied')).toBe(true)
  })
})
