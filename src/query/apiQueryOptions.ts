import type {
  DataTag,
  QueryFunction,
  QueryKey,
  SkipToken,
  UseQueryOptions,
} from '@tanstack/react-query'
import type { ApiError } from '../core/ApiError.js'
import type { ApiClient, RequestOptions } from '../core/client/types.js'
import type { RouteMeta } from '../react/routing/channels.js'
import { throwingApiErrors } from './throwingApiErrors.js'

/** Where a query's data comes from: a GET of `path` with `client`, or a `queryFn` of your own. */
export type ApiQuerySource<TData, TKey extends QueryKey, TPageParam = never> =
  | {
      /** The client that GETs `path` (the one given to `ApiErrorProvider`). */
      client: ApiClient
      /** The path to GET. */
      path: string
      /** Request options of the GET (query parameters, headers...). @default {} */
      request?: Omit<RequestOptions, 'method' | 'body' | 'signal'>
      queryFn?: never
    }
  | {
      /** A query function of your own (ky, openapi-fetch...): what it throws is decoded into an ApiError. */
      queryFn: QueryFunction<TData, TKey, TPageParam>
      client?: never
      path?: never
      request?: never
    }

/** Options of {@link apiQueryOptions}: TanStack's, with the source of the data and typed `meta`. */
export type ApiQueryOptionsInput<TData, TKey extends QueryKey> = Omit<
  UseQueryOptions<TData, ApiError, TData, TKey>,
  'queryFn' | 'queryKey' | 'meta'
> & {
  /** The query's key. */
  queryKey: TKey
  /** Routing overrides for this query's errors, e.g. `{ errorChannel: 'toast' }`. @default undefined */
  meta?: RouteMeta
} & ApiQuerySource<TData, TKey>

/** What {@link apiQueryOptions} returns: options any TanStack Query API takes, typed by their key. */
export type ApiQueryOptions<TData, TKey extends QueryKey> = Omit<
  UseQueryOptions<TData, ApiError, TData, TKey>,
  'queryFn' | 'queryKey'
> & {
  queryKey: DataTag<TKey, TData, ApiError>
  queryFn: Exclude<UseQueryOptions<TData, ApiError, TData, TKey>['queryFn'], SkipToken | undefined>
}

/** A query function that GETs `path`, or the app's own one decoding what it throws. */
export function toQueryFn<TData, TKey extends QueryKey, TPageParam>(
  name: string,
  source: ApiQuerySource<TData, TKey, TPageParam>,
  query?: (pageParam: TPageParam) => RequestOptions['query'],
): QueryFunction<TData, TKey, TPageParam> {
  const { client, path, request, queryFn } = source
  if (typeof queryFn === 'function') return throwingApiErrors(queryFn)
  if (typeof client?.get !== 'function' || typeof path !== 'string') {
    throw new TypeError(
      `${name} needs a \`client\` and a \`path\` to GET, or a \`queryFn\` of your own; pass one of them.`,
    )
  }
  return ({ signal, pageParam }) =>
    client.get<TData>(path, {
      ...request,
      query: query ? { ...request?.query, ...query(pageParam as TPageParam) } : request?.query,
      signal,
    })
}

/**
 * The options of a query of the kit, made once and shared: its `queryFn` (a GET of `path` with
 * the client, cancelled with the query, or your own `queryFn` whose errors are decoded), its error
 * type (`ApiError`) and its routing `meta`. Pass them to `useQuery`, `useSuspenseQuery`,
 * `useQueries`, `queryClient.prefetchQuery`, `fetchQuery`, `ensureQueryData` (a router loader)
 * and `getQueryData`, which all infer the data and error types from them.
 *
 * @example
 * const postsQuery = () => apiQueryOptions<Post[]>({ client: api, queryKey: ['posts'], path: '/v1/data/posts' })
 * // a route loader
 * loader: () => queryClient.ensureQueryData(postsQuery())
 * // a component
 * const { data } = useSuspenseQuery(postsQuery()) // data: Post[]
 */
export function apiQueryOptions<TData = unknown, const TKey extends QueryKey = QueryKey>(
  options: ApiQueryOptionsInput<TData, TKey>,
): ApiQueryOptions<TData, TKey> {
  const { client, path, request, queryFn, ...rest } = options
  return {
    ...rest,
    queryFn: toQueryFn('apiQueryOptions', { client, path, request, queryFn } as ApiQuerySource<
      TData,
      TKey
    >),
  } as ApiQueryOptions<TData, TKey>
}
