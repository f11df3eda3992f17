import { useQueryClient } from '@tanstack/react-query'
import { fromBkendTokens } from 'api-error-kit'
import { useApiClient } from 'api-error-kit/react'
import { useCallback, useSyncExternalStore } from 'react'

/** The session, read from the client's token store: it follows refreshes, sign-outs and ends. */
export function useSession() {
  const client = useApiClient()
  const queryClient = useQueryClient()
  const store = client.tokens
  const subscribe = useCallback(
    (listener: () => void) => store?.subscribe(listener) ?? (() => {}),
    [store],
  )
  // A boolean snapshot: a token refresh changes the tokens, not whether the user is signed in.
  const signedIn = useSyncExternalStore(
    subscribe,
    () => store?.get() !== undefined,
    () => false,
  )
  const signIn = useCallback((answer: unknown) => store?.set(fromBkendTokens(answer)), [store])
  // Signing out is the app's own doing: it forgets the user's data itself (an end of the session
  // the client learns of empties the cache through the provider).
  const signOut = useCallback(() => {
    store?.clear()
    queryClient.clear()
  }, [store, queryClient])
  return { signedIn, signIn, signOut }
}
