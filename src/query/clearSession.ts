import { notifyManager, type QueryClient } from '@tanstack/react-query'

/**
 * Forgets everything of a user whose session ended or who signed out. Every query is reset (its
 * fetch cancelled silently, its data dropped), so nothing of the old user is left in the cache
 * and a component still on screen re-renders without it, fetching afresh what it shows (a public
 * list loads again; after a session end a private one fails quietly, the hub already announced
 * it). Queries no component watches and every mutation are removed. A fetch that TanStack
 * cancels and reverts later (its page unmounting) goes back to the empty state, not to the old
 * data.
 */
export function clearSession(queryClient: QueryClient): void {
  notifyManager.batch(() => {
    void queryClient.resetQueries().catch(() => {})
    queryClient.removeQueries({ type: 'inactive' })
    queryClient.getMutationCache().clear()
  })
}
