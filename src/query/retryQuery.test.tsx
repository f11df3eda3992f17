import { useInfiniteQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import type { ErrorNotice } from '../react/routing/channels.js'
import { useApiClient } from '../react/useApiClient.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

interface Page {
  items: unknown[]
  page: number
  total: number
  limit: number
}

function usePosts() {
  const api = useApiClient()
  return useInfiniteQuery({
    queryKey: ['posts', 'infinite'],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page>('/v1/data/posts', { query: { page: pageParam, limit: 1 }, signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.limit < last.total ? last.page + 1 : undefined),
    // The test reads the result after renders; tracked props would skip the re-render it needs.
    notifyOnChangeProps: 'all',
  })
}

const requests = () => backend.stats.requestsByRoute['GET /v1/data/:table'] ?? 0

// Regression: Retry on a failed fetchNextPage refetched every page already loaded.
describe('retryQuery', () => {
  it('asks again for the one page that failed to load, not for every page', async () => {
    const toast = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { toast } })
    const { result } = renderHook(usePosts, { wrapper: Wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    backend.control.fault({ type: 'status', status: 500, times: 1, match: { method: 'GET' } })
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(toast).toHaveBeenCalledTimes(1))
    const before = requests()
    act(() => toast.mock.calls[0]![0].retry!())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(3))
    expect(result.current.data?.pages.map((page) => page.page)).toEqual([1, 2, 3])
    expect(requests()).toBe(before + 1)
  })

  it('refetches a query whose first load failed', async () => {
    const banner = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { banner } })
    backend.control.fault({ type: 'status', status: 500, times: 1, match: { method: 'GET' } })
    const { result } = renderHook(usePosts, { wrapper: Wrapper })
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(1))
    act(() => banner.mock.calls[0]![0].retry!())
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.pages).toHaveLength(1)
  })

  // Regression: Retry went through refetchQueries, which skips disabled and static queries, so
  // the button of a failed `enabled: false` query (fetched with refetch()) did nothing.
  it('refetches a disabled query that failed when the app called refetch()', async () => {
    const banner = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { banner } })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', enabled: false }),
      { wrapper: Wrapper },
    )
    backend.control.fault({ type: 'status', status: 500, times: 1, match: { method: 'GET' } })
    await act(() => result.current.refetch())
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(1))
    act(() => banner.mock.calls[0]![0].retry!())
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(requests()).toBe(2)
  })

  it("refetches a static query (staleTime: 'static') whose refetch failed over its data", async () => {
    const toast = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { toast } })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', staleTime: 'static' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    backend.control.fault({ type: 'status', status: 500, times: 1, match: { method: 'GET' } })
    await act(() => result.current.refetch())
    await waitFor(() => expect(toast).toHaveBeenCalledTimes(1))
    expect(result.current.isError).toBe(true)
    act(() => toast.mock.calls[0]![0].retry!())
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(requests()).toBe(3)
  })
})
