'use client'

import { useCallback, useSyncExternalStore } from 'react'
import type { Cooldown } from '../core/client/retry/cooldowns.js'
import { useApiClient } from './useApiClient.js'

/**
 * The active rate-limit cooldown of a scope from the client's cooldown store, or with no scope
 * the first active cooldown of any scope; re-renders only when that cooldown starts or ends.
 *
 * @example
 * const cooldown = useCooldown()
 * return cooldown ? <RateLimitCountdown until={cooldown.until} /> : null
 */
export function useCooldown(scope?: string): Cooldown | undefined {
  const { rateLimits } = useApiClient()
  const read = useCallback(
    () =>
      scope === undefined
        ? rateLimits.getAll()[0]
        : rateLimits.getAll().find((entry) => entry.scope === scope),
    [rateLimits, scope],
  )
  return useSyncExternalStore(rateLimits.subscribe, read, read)
}
