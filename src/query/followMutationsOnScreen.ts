import type { MutationCache } from '@tanstack/react-query'
import type { RecoveryTracker } from './createRecoveryTracker.js'

/** The recovery tracker's key of a mutation, apart from the query hashes it also holds. */
export const mutationKey = (mutation: { mutationId: number }) => `mutation:${mutation.mutationId}`

/**
 * Takes a mutation's banner away when no component watches the mutation any more (the form that
 * saved left the screen) or the cache drops it: a refused save belongs to its page, as a failed
 * query does. Counted from the cache's observer events, checked a microtask later so a component
 * that hands the mutation to another in the same render keeps it.
 */
export function followMutationsOnScreen(cache: MutationCache, recovery: RecoveryTracker): void {
  const watchers = new Map<number, number>()
  cache.subscribe((event) => {
    const { mutation } = event
    if (!mutation) return
    const id = mutation.mutationId
    if (event.type === 'observerAdded') watchers.set(id, (watchers.get(id) ?? 0) + 1)
    if (event.type === 'removed') {
      watchers.delete(id)
      recovery.gone(mutationKey(mutation))
    }
    if (event.type !== 'observerRemoved') return
    const left = (watchers.get(id) ?? 1) - 1
    if (left > 0) return void watchers.set(id, left)
    watchers.delete(id)
    queueMicrotask(() => {
      if (!watchers.has(id)) recovery.gone(mutationKey(mutation))
    })
  })
}
