'use client'

import { useState, useSyncExternalStore } from 'react'

const subscribeToNothing = () => () => {}
// Only while the HTML itself is still being parsed: a client-rendered app renders once it is
// parsed ('interactive'), and its first errors arrive then, while images may still be loading.
const isPageLoading = () => document.readyState === 'loading'
// On the server and while hydrating, the banner is part of the page as it loads.
const loadingOnServer = () => true

/**
 * Whether a banner should announce `error` by default: yes when the error appeared after the
 * page loaded (the banner mounted later, or the error changed since); no for an error that
 * is part of the page as it loads, which a screen reader reads with the rest of the page.
 *
 * @example
 * const live = announce ?? useAnnounceByDefault(error)
 */
export function useAnnounceByDefault(error: unknown): boolean {
  const loading = useSyncExternalStore(subscribeToNothing, isPageLoading, loadingOnServer)
  const [state, setState] = useState(() => ({ error, atPageLoad: loading }))
  // Once the error changes it no longer is the one the page loaded with, even if it comes back.
  if (state.error !== error) setState({ error, atPageLoad: false })
  return !(state.atPageLoad && state.error === error)
}
