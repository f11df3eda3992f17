import { useEffect, useRef } from 'react'
import type { ErrorNotice } from './routing/channels.js'
import { useErrorHub } from './useErrorHub.js'

/**
 * Calls `onExpired` once each time the session ends (the client's `onSessionEnd`, or an error
 * that ended it), as the provider's `onSessionExpired` does, from a component: use it inside a
 * router, where `navigate` is at hand. The latest `onExpired` runs; a new function each render
 * subscribes nothing again. The user has been told why by the session channel already.
 *
 * @example
 * function SessionWatch() {
 *   const navigate = useNavigate()
 *   const location = useLocation()
 *   useSessionExpired(() => navigate('/sign-in', { state: { from: location.pathname } }))
 *   return null
 * }
 */
export function useSessionExpired(onExpired: (notice: ErrorNotice) => void): void {
  const hub = useErrorHub()
  const latest = useRef(onExpired)
  useEffect(() => {
    latest.current = onExpired
  })
  useEffect(() => hub.onSessionEnd((notice) => latest.current(notice)), [hub])
}
