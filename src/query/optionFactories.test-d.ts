import type { QueryClient } from '@tanstack/react-query'
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
  type InfiniteData,
} from '@tanstack/react-query'
import { expectTypeOf } from 'vitest'
import type { ApiError } from '../core/ApiError.js'
import type { ApiClient } from '../core/client/types.js'
import { apiInfiniteQueryOptions } from './apiInfiniteQueryOptions.js'
import { apiMutationOptions } from './apiMutationOptions.js'
import { apiQueryOptions } from './apiQueryOptions.js'

interface Post {
  id: string
  title: string
}
interface PostPage {
  items: Post[]
  page: number
}

declare const api: ApiClient
declare const queryClient: QueryClient

const postsQuery = () =>
  apiQueryOptions<Post[]>({ client: api, queryKey: ['posts'], path: '/v1/data/posts' })
const postPages = () =>
  apiInfiniteQueryOptions<PostPage, readonly ['posts', 'pages'], number>({
    client: api,
    queryKey: ['posts', 'pages'],
    path: '/v1/data/posts',
    pageQuery: (page) => ({ page, limit: 20 }),
    initialPageParam: 1,
    getNextPageParam: (last) => last.page + 1,
  })

describe('the option factories', () => {
  it('infer data and error in useQuery and useSuspenseQuery', () => {
    const query = useQuery(postsQuery())
    expectTypeOf(query.data).toEqualTypeOf<Post[] | undefined>()
    expectTypeOf(query.error).toEqualTypeOf<ApiError | null>()
    const suspense = useSuspenseQuery(postsQuery())
    expectTypeOf(suspense.data).toEqualTypeOf<Post[]>()
    expectTypeOf(suspense.error).toEqualTypeOf<ApiError | null>()
    const titles = useQuery({ ...postsQuery(), select: (posts) => posts.map((post) => post.title) })
    expectTypeOf(titles.data).toEqualTypeOf<string[] | undefined>()
  })

  it('infer data in prefetchQuery, ensureQueryData (router loaders), fetchQuery and getQueryData', async () => {
    await queryClient.prefetchQuery(postsQuery())
    expectTypeOf(await queryClient.ensureQueryData(postsQuery())).toEqualTypeOf<Post[]>()
    expectTypeOf(await queryClient.fetchQuery(postsQuery())).toEqualTypeOf<Post[]>()
    expectTypeOf(queryClient.getQueryData(postsQuery().queryKey)).toEqualTypeOf<
      Post[] | undefined
    >()
    const loader = () => queryClient.ensureQueryData(postsQuery())
    expectTypeOf(loader).returns.resolves.toEqualTypeOf<Post[]>()
  })

  it('infer pages, page params and error in useInfiniteQuery and useSuspenseInfiniteQuery', async () => {
    const pages = useInfiniteQuery(postPages())
    expectTypeOf(pages.data).toEqualTypeOf<InfiniteData<PostPage, number> | undefined>()
    expectTypeOf(pages.error).toEqualTypeOf<ApiError | null>()
    const suspense = useSuspenseInfiniteQuery(postPages())
    expectTypeOf(suspense.data.pages).toEqualTypeOf<PostPage[]>()
    await queryClient.prefetchInfiniteQuery(postPages())
    expectTypeOf(queryClient.getQueryData(postPages().queryKey)).toEqualTypeOf<
      InfiniteData<PostPage, number> | undefined
    >()
  })

  it('infer data, variables and error in useMutation', () => {
    const create = useMutation(
      apiMutationOptions<Post, { title: string }>({ client: api, path: '/v1/data/posts' }),
    )
    expectTypeOf(create.mutate).parameter(0).toEqualTypeOf<{ title: string }>()
    expectTypeOf(create.data).toEqualTypeOf<Post | undefined>()
    expectTypeOf(create.error).toEqualTypeOf<ApiError | null>()
  })

  it('take a queryFn of another client instead of client and path, never both', () => {
    const own = apiQueryOptions({
      queryKey: ['own'],
      queryFn: async () => ({ ok: true as const }),
    })
    expectTypeOf(useQuery(own).data).toEqualTypeOf<{ ok: true } | undefined>()
    // @ts-expect-error a queryFn of your own or client and path: not both
    apiQueryOptions({
      queryKey: ['both'],
      queryFn: async () => 1,
      client: api,
      path: '/x',
    })
    // @ts-expect-error a path needs the client that GETs it
    apiQueryOptions({ queryKey: ['no-client'], path: '/x' })
  })

  it('type meta.errorChannel', () => {
    apiQueryOptions({ client: api, queryKey: ['q'], path: '/x', meta: { errorChannel: 'toast' } })
    // @ts-expect-error not a channel
    apiQueryOptions({ client: api, queryKey: ['q'], path: '/x', meta: { errorChannel: 'popup' } })
    // With the kit's registration (an app's ApiMetaRegister), plain useQuery's meta is typed too.
    // @ts-expect-error not a channel
    useQuery({ queryKey: ['q'], queryFn: () => 1, meta: { errorChannel: 'popup' } })
  })
})
