import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useSuspenseQuery,
  type InfiniteData,
} from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import ky from 'ky'
import { Suspense } from 'react'
import { BASE_URL, backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { apiInfiniteQueryOptions } from './apiInfiniteQueryOptions.js'
import { apiMutationOptions } from './apiMutationOptions.js'
import { apiQueryOptions } from './apiQueryOptions.js'

serveMockApi()

interface Post {
  id: string
  title: string
}
interface Page {
  items: Post[]
  total: number
  page: number
}

describe('the option factories, as an app uses them', () => {
  it('share one query between a router loader (ensureQueryData) and useSuspenseQuery', async () => {
    const { client, queryClient, Wrapper } = createApp()
    const posts = () =>
      apiQueryOptions<Page>({ client, queryKey: ['posts'], path: '/v1/data/posts' })
    const loaded = await queryClient.ensureQueryData(posts())
    expect(loaded.total).toBe(3)
    const requests = backend.stats.requests
    function Posts() {
      const { data } = useSuspenseQuery(posts())
      return <p>{data.items.length} posts</p>
    }
    render(
      <Suspense fallback="Loading">
        <Posts />
      </Suspense>,
      { wrapper: Wrapper },
    )
    expect(await screen.findByText('3 posts')).toBeInTheDocument()
    // The loader's data was used: no second request.
    expect(backend.stats.requests).toBe(requests)
    expect(queryClient.getQueryData(posts().queryKey)?.total).toBe(3)
  })

  it("route a query's errors by its meta, and carry its ApiError", async () => {
    const toast = vi.fn()
    const { client, Wrapper } = createApp({ channels: { toast } })
    const secrets = apiQueryOptions({
      client,
      queryKey: ['secrets'],
      path: '/v1/data/secrets',
      meta: { errorChannel: 'toast' },
    })
    const { result } = renderHook(() => useQuery(secrets), { wrapper: Wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.code).toBe('data/permission-denied')
    // Without the meta, a 403 with nothing on screen is a banner.
    expect(toast).toHaveBeenCalledTimes(1)
  })

  it('fetch the pages of an infinite query with their query parameters', async () => {
    const { client, Wrapper } = createApp()
    const pages = apiInfiniteQueryOptions<Page, readonly ['pages'], number>({
      client,
      queryKey: ['pages'],
      path: '/v1/data/posts',
      pageQuery: (page) => ({ page, limit: 2 }),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.page * 2 < last.total ? last.page + 1 : undefined),
    })
    const { result } = renderHook(() => useInfiniteQuery(pages), { wrapper: Wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.hasNextPage).toBe(true)
    const next = await result.current.fetchNextPage()
    const data = next.data as InfiniteData<Page, number>
    expect(data.pages.map((page) => page.items.length)).toEqual([2, 1])
    expect(data.pageParams).toEqual([1, 2])
    expect(next.hasNextPage).toBe(false)
  })

  it("send a mutation's variables and put its field errors on the form", async () => {
    backend.control.setMode('backstack')
    const { client, Wrapper } = createApp()
    const form = { apply: vi.fn() }
    const { result } = renderHook(
      () =>
        useMutation(
          apiMutationOptions<Post, { title: string }>({ client, path: '/v1/data/posts', form }),
        ),
      { wrapper: Wrapper },
    )
    result.current.mutate({ title: '' })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(form.apply).toHaveBeenCalledTimes(1)
    expect(form.apply.mock.calls[0]?.[0].fields).toEqual({ title: ['This value is required.'] })
  })

  it("decode what a queryFn of another client throws, also under a plain QueryClient's hook", async () => {
    const { Wrapper } = createApp()
    const api = ky.create({ prefixUrl: BASE_URL, retry: 0 })
    const options = apiQueryOptions({
      queryKey: ['ky'],
      queryFn: () => api.get('v1/data/posts').json(),
      retry: false,
    })
    const { result } = renderHook(() => useQuery(options), { wrapper: Wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    // No API key: bkend's 401, read from the body ky left unread.
    expect(result.current.error).toMatchObject({ status: 401, code: 'auth/unauthorized' })
  })

  it('say what is missing when given neither client and path nor a function', () => {
    expect(() => apiQueryOptions({ queryKey: ['x'] } as never)).toThrow(/client.*path.*queryFn/)
    expect(() => apiMutationOptions({} as never)).toThrow(/client.*path.*mutationFn/)
  })
})
