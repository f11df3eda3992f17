import { fromBkendTokens } from 'api-error-kit'
import { useApiClient } from 'api-error-kit/react'
import { useCallback, useSyncExternalStore } from 'react'

/** The session, read from the client's token store: it follows refreshes, sign-outs and ends. */
export function useSession() {
  const client = useApiClient()
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
  // The provider hears the sign-out from the client and drops the user's queries, mutations and
  // page errors, announcing nothing.
  const signOut = useCallback(() => store?.clear(), [store])
  return { signedIn, signIn, signOut }
}
