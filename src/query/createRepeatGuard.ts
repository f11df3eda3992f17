import type { ApiError } from '../core/ApiError.js'
import { errorKey } from '../react/routing/errorKey.js'

/** What {@link createRepeatGuard} returns: the query cache asks it before announcing a failure. */
export interface RepeatGuard {
  /** True when `error` is the failure last announced for the query, with no success since. */
  isRepeat(queryHash: string, error: ApiError): boolean
  /** Forgets the query's last failure: its next one is announced (a success, a Try again, a remount). */
  forget(queryHash: string): void
}

/**
 * Remembers the failure last announced for each query, so the same failure again with no success
 * in between (a poll with `refetchInterval`, a refetch on focus) is not announced again: a server
 * that stays down shows one toast or banner, not one per poll, and screen readers hear it once.
 */
export function createRepeatGuard(): RepeatGuard {
  const last = new Map<string, string>()
  return {
    isRepeat(queryHash, error) {
      const key = errorKey(error)
      const repeat = last.get(queryHash) === key
      last.set(queryHash, key)
      return repeat
    },
    forget: (queryHash) => void last.delete(queryHash),
  }
}
