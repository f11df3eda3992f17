import type { Query, QueryClient } from '@tanstack/react-query'

type FetchMore = { fetchMore?: { direction?: 'forward' | 'backward' } } | null

/**
 * The Retry of a failed query's notice. A failed `fetchNextPage` (or `fetchPreviousPage`) asks
 * for that one page again; anything else refetches the query, which for an infinite query
 * refetches every page it holds.
 */
export function retryQuery(
  queryClient: QueryClient,
  query: Query<unknown, unknown, unknown>,
): void {
  const direction = (query.state.fetchMeta as FetchMore)?.fetchMore?.direction
  if (direction) void query.fetch(undefined, { meta: { fetchMore: { direction } } }).catch(() => {})
  else void queryClient.refetchQueries({ queryKey: query.queryKey, exact: true })
}
