import { useCallback, useSyncExternalStore } from 'react'
import { fromBkendTokens } from '../../src/core/index.js'
import { useApiClient } from '../../src/react/index.js'

/** The demo's session, read from the client's token store: it follows refreshes and sign-outs. */
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
  const signOut = useCallback(() => store?.clear(), [store])
  return { signedIn, signIn, signOut }
}
