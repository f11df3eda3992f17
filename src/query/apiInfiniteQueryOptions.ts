import type {
  DataTag,
  InfiniteData,
  QueryKey,
  SkipToken,
  UseInfiniteQueryOptions,
} from '@tanstack/react-query'
import type { ApiError } from '../core/ApiError.js'
import type { QueryParams } from '../core/client/buildUrl.js'
import type { RouteMeta } from '../react/routing/channels.js'
import { toQueryFn, type ApiQuerySource } from './apiQueryOptions.js'

type InfiniteOptions<TPage, TKey extends QueryKey, TPageParam> = UseInfiniteQueryOptions<
  TPage,
  ApiError,
  InfiniteData<TPage, TPageParam>,
  TKey,
  TPageParam
>

/** Options of {@link apiInfiniteQueryOptions}: TanStack's, with the source of each page. */
export type ApiInfiniteQueryOptionsInput<TPage, TKey extends QueryKey, TPageParam> = Omit<
  InfiniteOptions<TPage, TKey, TPageParam>,
  'queryFn' | 'queryKey' | 'meta'
> & {
  /** The query's key. */
  queryKey: TKey
  /**
   * The query parameters of a page, added to `request.query` (`(page) => ({ page, limit: 20 })`);
   * with a `queryFn` of your own, read `pageParam` there instead.
   * @default undefined
   */
  pageQuery?: (pageParam: TPageParam) => QueryParams
  /** Routing overrides for this query's errors. @default undefined */
  meta?: RouteMeta
} & ApiQuerySource<TPage, TKey, TPageParam>

/** What {@link apiInfiniteQueryOptions} returns: options of `useInfiniteQuery` and friends. */
export type ApiInfiniteQueryOptions<TPage, TKey extends QueryKey, TPageParam> = Omit<
  InfiniteOptions<TPage, TKey, TPageParam>,
  'queryFn' | 'queryKey'
> & {
  queryKey: DataTag<TKey, InfiniteData<TPage, TPageParam>, ApiError>
  queryFn: Exclude<InfiniteOptions<TPage, TKey, TPageParam>['queryFn'], SkipToken | undefined>
}

/**
 * {@link apiQueryOptions} for an infinite query: each page is a GET of `path` with the page's
 * query parameters (`pageQuery`), or your own `queryFn`. Pass them to `useInfiniteQuery`,
 * `useSuspenseInfiniteQuery`, `prefetchInfiniteQuery` and `fetchInfiniteQuery`.
 *
 * @example
 * const posts = useInfiniteQuery(
 *   apiInfiniteQueryOptions<PostPage, readonly ['posts'], number>({
 *     client: api, queryKey: ['posts'], path: '/v1/data/posts',
 *     pageQuery: (page) => ({ page, limit: 20 }),
 *     initialPageParam: 1,
 *     getNextPageParam: (last) => (last.items.length < 20 ? undefined : last.page + 1),
 *   }),
 * )
 */
export function apiInfiniteQueryOptions<
  TPage = unknown,
  const TKey extends QueryKey = QueryKey,
  TPageParam = unknown,
>(
  options: ApiInfiniteQueryOptionsInput<TPage, TKey, TPageParam>,
): ApiInfiniteQueryOptions<TPage, TKey, TPageParam> {
  const { client, path, request, queryFn, pageQuery, ...rest } = options
  const source = { client, path, request, queryFn } as ApiQuerySource<TPage, TKey, TPageParam>
  return {
    ...rest,
    queryFn: toQueryFn('apiInfiniteQueryOptions', source, pageQuery),
  } as ApiInfiniteQueryOptions<TPage, TKey, TPageParam>
}
