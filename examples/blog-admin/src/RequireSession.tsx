import { Navigate, Outlet, useLocation } from 'react-router'
import { useSession } from './useSession.js'

/**
 * The protected area: its pages while the store holds tokens, the sign-in page otherwise (with
 * the page to come back to). When the session ends, the store empties and this sends the user
 * to sign in; the toast that says why comes from the session channel, once.
 */
export function RequireSession() {
  const { signedIn } = useSession()
  const location = useLocation()
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />
  return <Outlet />
}
