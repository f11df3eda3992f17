import type { ErrorNotice } from '../react/routing/channels.js'
import type { ErrorHub } from '../react/routing/createErrorHub.js'

/** What {@link createRecoveryTracker} returns: the query cache calls it as queries fail and succeed. */
export interface RecoveryTracker {
  /** Notes the page-level notice (banner or countdown) a query's failure was shown with. */
  failed(queryHash: string, notice: ErrorNotice | undefined): void
  /** Takes the notice away once every query behind it has succeeded since. */
  succeeded(queryHash: string): void
  /**
   * Forgets a query that left the screen (no component watches it any more) or the cache
   * (`removeQueries`, `clear`, garbage collection), and takes its notice away once no query
   * behind it is left: the page it belonged to is gone, and nothing there could retry it.
   */
  gone(queryHash: string): void
}

/**
 * Tracks which queries each page-level notice stands for, so the banner of a failed query goes
 * away when the query recovers (a refetch on focus, an invalidation) instead of telling the user
 * the data failed to load over that very data, and when its page leaves the screen instead of
 * following the user to the next one. A merged notice waits for all of its queries.
 */
export function createRecoveryTracker(hub: ErrorHub): RecoveryTracker {
  const noticeOf = new Map<string, string>()
  const queriesOf = new Map<string, Set<string>>()
  const forget = (queryHash: string) => {
    const id = noticeOf.get(queryHash)
    if (id === undefined) return undefined
    noticeOf.delete(queryHash)
    const queries = queriesOf.get(id)
    queries?.delete(queryHash)
    if (queries?.size !== 0) return undefined
    queriesOf.delete(id)
    return id
  }
  const dismissWhenNoneLeft = (queryHash: string) => {
    const id = forget(queryHash)
    // resolve(id) leaves any other notice the page shows by now alone, and shows one it covered.
    if (id !== undefined) hub.resolve(id)
  }
  return {
    failed(queryHash, notice) {
      forget(queryHash)
      if (notice?.channel !== 'banner' && notice?.channel !== 'countdown') return
      noticeOf.set(queryHash, notice.id)
      const queries = queriesOf.get(notice.id) ?? new Set()
      queriesOf.set(notice.id, queries.add(queryHash))
    },
    succeeded: dismissWhenNoneLeft,
    gone: dismissWhenNoneLeft,
  }
}
