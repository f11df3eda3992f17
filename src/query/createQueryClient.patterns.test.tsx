import { useInfiniteQuery, useQueries } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import type { ErrorNotice } from '../react/routing/channels.js'
import { useApiClient } from '../react/useApiClient.js'
import { useApiError } from '../react/useApiError.js'
import { useApiMutation } from './useApiMutation.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

const channelSpies = () => ({
  toast: vi.fn<(notice: ErrorNotice) => void>(),
  banner: vi.fn<(notice: ErrorNotice) => void>(),
})

const getFails = (times: number) =>
  backend.control.fault({ type: 'status', status: 500, times, match: { method: 'GET' } })

// TanStack Query patterns apps use, each routed once, to one place, with a Try again that works.
describe('createQueryClient: TanStack patterns', () => {
  it('merges useQueries failing at once (with combine) into one banner with a count', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    getFails(3)
    const { result } = renderHook(
      () => {
        const api = useApiClient()
        return useQueries({
          queries: [1, 2, 3].map((page) => ({
            queryKey: ['posts', page],
            queryFn: () => api.get('/v1/data/posts', { query: { page } }),
          })),
          combine: (results) => ({ settled: results.every((query) => query.isError) }),
        })
      },
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.settled).toBe(true))
    expect(new Set(channels.banner.mock.calls.map(([notice]) => notice.id)).size).toBe(1)
    expect(channels.banner.mock.calls.at(-1)![0].count).toBe(3)
    expect(channels.toast).not.toHaveBeenCalled()
  })

  it('retries a failed fetchPreviousPage (maxPages kept) by asking for that page', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () => {
        const api = useApiClient()
        return useInfiniteQuery({
          queryKey: ['posts', 'infinite'],
          queryFn: ({ pageParam, signal }) =>
            api.get<{ page: number }>('/v1/data/posts', {
              query: { page: pageParam, limit: 1 },
              signal,
            }),
          initialPageParam: 2,
          maxPages: 2,
          getNextPageParam: (last) => last.page + 1,
          getPreviousPageParam: (first) => (first.page > 1 ? first.page - 1 : undefined),
          notifyOnChangeProps: 'all',
        })
      },
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    getFails(1)
    await act(() => result.current.fetchPreviousPage())
    await waitFor(() => expect(channels.toast).toHaveBeenCalledTimes(1))
    act(() => channels.toast.mock.calls[0]![0].retry!())
    await waitFor(() => expect(result.current.data?.pages.map((page) => page.page)).toEqual([1, 2]))
    expect(channels.banner).not.toHaveBeenCalled()
  })

  it('toasts a failed refetch over initialData, and shows a failure behind placeholderData in a banner', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    getFails(2)
    const { result } = renderHook(
      () => ({
        seeded: useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', initialData: {} }),
        placeheld: useApiQuery({
          queryKey: ['todos'],
          path: '/v1/data/todos',
          placeholderData: {},
        }),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.placeheld.isError).toBe(true))
    await waitFor(() => expect(result.current.seeded.isError).toBe(true))
    expect(channels.toast).toHaveBeenCalledTimes(1)
    expect(channels.banner).toHaveBeenCalledTimes(1)
    // The placeholder is gone once the query failed: the banner is all there is to see.
    expect(result.current.placeheld.data).toBeUndefined()
  })

  it('still toasts a mutateAsync rejection the app catches; meta errorChannel silent hands it over', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels, strict: true })
    backend.control.fault({ type: 'status', status: 500, times: 2, match: { method: 'POST' } })
    const { result } = renderHook(
      () => ({
        routed: useApiMutation({ path: '/v1/data/posts' }),
        ownHandling: useApiMutation({ path: '/v1/data/posts', meta: { errorChannel: 'silent' } }),
      }),
      { wrapper: Wrapper },
    )
    const caught = vi.fn()
    await act(() => result.current.routed.mutateAsync({ title: 'a' } as never).catch(caught))
    await act(() => result.current.ownHandling.mutateAsync({ title: 'b' } as never).catch(caught))
    expect(caught).toHaveBeenCalledTimes(2)
    expect(channels.toast).toHaveBeenCalledTimes(1)
  })

  it('keeps a query that unmounts or is cancelled in flight silent', async () => {
    const channels = channelSpies()
    const { Wrapper, queryClient } = createApp({ channels })
    const page = renderHook(useApiError, { wrapper: Wrapper })
    backend.control.fault({ type: 'slow', delayMs: 200 })
    const view = renderHook(() => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }), {
      wrapper: Wrapper,
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    view.unmount()
    await queryClient.cancelQueries()
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(channels.toast).not.toHaveBeenCalled()
    expect(channels.banner).not.toHaveBeenCalled()
    expect(page.result.current.error).toBeUndefined()
  })
})
