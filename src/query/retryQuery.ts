import { skipToken, type Query, type QueryClient } from '@tanstack/react-query'

type FetchMore = { fetchMore?: { direction?: 'forward' | 'backward' } } | null

/**
 * The Try again of a failed query's notice. A failed `fetchNextPage` (or `fetchPreviousPage`) asks
 * for that one page again; anything else refetches the query, which for an infinite query
 * refetches every page it holds. It fetches the query itself rather than through
 * `refetchQueries`, which skips disabled and static queries: a failed `enabled: false` query
 * (fetched with `refetch()`) is retried too. A fetch already under way is joined, not restarted.
 * It retries the query now cached under the failed one's key, if any: a query removed from the
 * cache (`removeQueries`, `clear`) is not fetched again behind the cache's back.
 */
export function retryQuery(queryClient: QueryClient, failed: Query<unknown, unknown, unknown>) {
  const query = queryClient.getQueryCache().get(failed.queryHash)
  if (!query) return
  // A queryFn switched off since the failure has nothing to retry; fetching it would fail anew.
  if (query.options.queryFn === skipToken) return
  const direction = (query.state.fetchMeta as FetchMore)?.fetchMore?.direction
  const meta = direction ? { fetchMore: { direction } } : undefined
  void query.fetch(undefined, meta && { meta }).catch(() => {})
}
