import { useCallback, useSyncExternalStore } from 'react'
import type { Cooldown, CooldownStore } from '../../core/client/retry/cooldowns.js'

const subscribeToNothing = () => () => {}

/**
 * The cooldown of a scope (or of any scope) in which the client is holding requests to send
 * them itself once it ends, when more than `overMs` of it is left as it starts showing: a wait
 * the user would otherwise sit through in silence. Re-renders only when the store changes.
 *
 * @example
 * const held = useHeldWait(client.rateLimits, undefined, 1000)
 * return held ? <RateLimitCountdown scope={held.scope} cooldowns={client.rateLimits} /> : null
 */
export function useHeldWait(
  cooldowns: CooldownStore | undefined,
  scope: string | undefined,
  overMs: number,
): Cooldown | undefined {
  const read = useCallback(
    () =>
      // getAll() is a stable snapshot; get() may drop an expired entry and notify mid-render.
      cooldowns
        ?.getAll()
        .find(
          (entry) =>
            (scope === undefined || entry.scope === scope) &&
            (entry.waiting ?? 0) > 0 &&
            entry.until - Date.now() > overMs,
        ),
    [cooldowns, scope, overMs],
  )
  return useSyncExternalStore(cooldowns?.subscribe ?? subscribeToNothing, read, () => undefined)
}
