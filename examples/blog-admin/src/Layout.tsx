import { PageError, Toaster } from 'api-error-kit/ui'
import { NavLink, Outlet, useNavigate } from 'react-router'
import type { BackendSwitches } from './backendSwitches.js'
import type { BlogAdminSetup } from './createBlogAdmin.js'
import { TroublePanel } from './TroublePanel.js'
import { useSession } from './useSession.js'

/** The frame of every page: the header and its links, the page-level error, the toasts. */
export function Layout({ setup, switches }: { setup: BlogAdminSetup; switches: BackendSwitches }) {
  const { signedIn, signOut } = useSession()
  const navigate = useNavigate()
  return (
    <div className="blog">
      <header className="blog-header">
        <h1>Blog admin</h1>
        {signedIn && (
          <nav aria-label="Main">
            <NavLink to="/posts">Posts</NavLink>
            <NavLink to="/tasks">Tasks</NavLink>
            <NavLink to="/secrets">Secrets</NavLink>
            <button type="button" className="aek-button" data-variant="quiet" onClick={signOut}>
              Sign out
            </button>
          </nav>
        )}
      </header>
      {/* What the page on screen failed with, or a wait the client is taking for it. */}
      <PageError className="blog-page-error" onSignIn={() => navigate('/sign-in')} />
      <div className="blog-body">
        <main>
          <Outlet />
        </main>
        <TroublePanel switches={switches} />
      </div>
      <Toaster store={setup.toasts} />
    </div>
  )
}
