'use client'

import {
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query'
import type { ApiError } from '../core/ApiError.js'
import type { RequestOptions } from '../core/client/types.js'
import type { RouteMeta } from '../react/routing/channels.js'
import { useApiClient } from '../react/useApiClient.js'
import { toQueryFn, type ApiQuerySource } from './apiQueryOptions.js'

/** Options of {@link useApiQuery}: TanStack's, plus the path to GET. */
export interface UseApiQueryOptions<TData, TSelected = TData> extends Omit<
  UseQueryOptions<TData, ApiError, TSelected, QueryKey>,
  'queryFn' | 'meta'
> {
  /** The path to GET with the provider's client. Leave it out to pass your own `queryFn`. */
  path?: string
  /** Request options of the GET (query parameters, headers...). */
  request?: Omit<RequestOptions, 'method' | 'body' | 'signal'>
  /** A query function of your own, instead of `path`. */
  queryFn?: UseQueryOptions<TData, ApiError, TSelected, QueryKey>['queryFn']
  /** Routing overrides for this query's errors, e.g. `{ errorChannel: 'toast' }`. */
  meta?: RouteMeta
}

/**
 * `useQuery` bound to the provider's client: GETs `path` (cancelled with the query), and its
 * `error` is an `ApiError`.
 *
 * @example
 * const posts = useApiQuery<Post[]>({ queryKey: ['posts'], path: '/v1/data/posts' })
 * if (posts.error) return <p>{posts.error.userMessage}</p>
 */
export function useApiQuery<TData = unknown, TSelected = TData>(
  options: UseApiQueryOptions<TData, TSelected>,
): UseQueryResult<TSelected, ApiError> {
  const client = useApiClient()
  const { path, request, queryFn, ...rest } = options
  const source = queryFn ? { queryFn } : { client, path: path!, request }
  return useQuery<TData, ApiError, TSelected, QueryKey>({
    ...rest,
    queryFn: toQueryFn('useApiQuery', source as ApiQuerySource<TData, QueryKey>),
  })
}
