import { act, renderHook, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { useApiError } from '../react/useApiError.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

// Regression: a query's banner stayed on screen after the query refetched successfully (on
// focus, after an invalidation), telling the user the data failed to load over that very data.
describe('createQueryClient: a query that recovers', () => {
  it('takes its banner away once it succeeds', async () => {
    const { Wrapper, queryClient } = createApp()
    backend.control.fault({ type: 'status', status: 500, times: 1 })
    const { result } = renderHook(
      () => ({
        posts: useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
        page: useApiError(),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.page.error?.kind).toBe('server'))
    expect(result.current.page.notice?.channel).toBe('banner')
    await act(() => queryClient.refetchQueries({ queryKey: ['posts'] }))
    await waitFor(() => expect(result.current.posts.isSuccess).toBe(true))
    expect(result.current.page.error).toBeUndefined()
  })

  it('keeps a merged banner until every query behind it has recovered', async () => {
    const { Wrapper, queryClient } = createApp()
    backend.control.fault({ type: 'status', status: 500, times: 2 })
    const { result } = renderHook(
      () => ({
        first: useApiQuery({ queryKey: ['posts', 1], path: '/v1/data/posts' }),
        second: useApiQuery({ queryKey: ['posts', 2], path: '/v1/data/posts' }),
        page: useApiError(),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.page.notice?.count).toBe(2))
    await act(() => queryClient.refetchQueries({ queryKey: ['posts', 1] }))
    // TanStack tells observers in a task of its own: wait for it rather than for the machine.
    await waitFor(() => expect(result.current.first.isSuccess).toBe(true))
    expect(result.current.page.error?.kind).toBe('server')
    await act(() => queryClient.refetchQueries({ queryKey: ['posts', 2] }))
    await waitFor(() => expect(result.current.second.isSuccess).toBe(true))
    expect(result.current.page.error).toBeUndefined()
  })

  it('leaves a banner of something else on screen', async () => {
    const { Wrapper, queryClient, hub } = createApp()
    backend.control.fault({ type: 'status', status: 500, times: 1 })
    const { result } = renderHook(
      () => ({
        posts: useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
        page: useApiError(),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.page.error?.kind).toBe('server'))
    const other = await act(() =>
      hub.route(new TypeError('Failed to fetch'), { meta: { errorChannel: 'banner' } }),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['posts'] }))
    await waitFor(() => expect(result.current.posts.isSuccess).toBe(true))
    expect(result.current.page.notice?.id).toBe(other?.id)
  })

  // Regression: a removed query left its banner up, with a Retry that fetched a query no longer
  // in the cache, so nothing on screen ever changed.
  it('takes its banner away when the query leaves the cache (removeQueries, clear)', async () => {
    const { Wrapper, queryClient } = createApp()
    backend.control.fault({ type: 'status', status: 500, times: 1 })
    const { result } = renderHook(
      () => ({
        posts: useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
        page: useApiError(),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.page.error?.kind).toBe('server'))
    const { retry } = result.current.page.notice!
    act(() => queryClient.clear())
    expect(result.current.page.error).toBeUndefined()
    // The hook, still mounted, loads its query again on the next render: let that settle first.
    await waitFor(() => expect(result.current.posts.isSuccess).toBe(true))
    const requests = backend.stats.requestsByRoute['GET /v1/data/:table']
    queryClient.removeQueries({ queryKey: ['posts'] })
    act(() => retry!())
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(requests)
  })

  it('keeps a merged banner while another query behind it is still in the cache (removeQueries)', async () => {
    const { Wrapper, queryClient } = createApp()
    backend.control.fault({ type: 'status', status: 500, times: 2 })
    const { result } = renderHook(
      () => ({
        first: useApiQuery({ queryKey: ['posts', 1], path: '/v1/data/posts' }),
        second: useApiQuery({ queryKey: ['posts', 2], path: '/v1/data/posts' }),
        page: useApiError(),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.page.notice?.count).toBe(2))
    act(() => queryClient.removeQueries({ queryKey: ['posts', 1] }))
    expect(result.current.page.error?.kind).toBe('server')
  })
})
