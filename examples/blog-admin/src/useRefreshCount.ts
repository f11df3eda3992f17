import { useApiClient } from 'api-error-kit/react'
import { useCallback, useEffect, useState } from 'react'

/**
 * Counts the client's token refreshes (a new access token in place of one it held) from the
 * last `restart()`: the count of one expiry, never a total across clicks. `undefined` until
 * the first `restart()`.
 */
export function useRefreshCount(): { count: number | undefined; restart: () => void } {
  const store = useApiClient().tokens
  const [count, setCount] = useState<number>()
  useEffect(() => {
    if (!store) return
    let held = store.get()?.accessToken
    return store.subscribe((tokens) => {
      const next = tokens?.accessToken
      // A sign-in after a sign-out replaces no token: only a refresh does.
      if (held !== undefined && next !== undefined && next !== held) {
        setCount((current) => (current === undefined ? current : current + 1))
      }
      held = next
    })
  }, [store])
  const restart = useCallback(() => setCount(0), [])
  return { count, restart }
}
