import { Navigate, useLocation } from 'react-router'
import { AuthForm } from './AuthForm.js'
import { useSession } from './useSession.js'

/** Sign in or create an account; once signed in, back to the page the user came from. */
export function SignInPage() {
  const { signedIn } = useSession()
  const location = useLocation()
  const from = (location.state as { from?: string } | null)?.from
  if (signedIn) return <Navigate to={from && from !== '/sign-in' ? from : '/posts'} replace />
  return (
    <section aria-labelledby="sign-in-title" className="blog-page">
      <h2 id="sign-in-title">Welcome back</h2>
      <p className="blog-hint">
        Sign in as <code>demo@example.com</code> with <code>password123</code>, or make a new
        account. Every message on these forms comes from the server.
      </p>
      <div className="blog-forms">
        <AuthForm kind="signin" />
        <AuthForm kind="signup" />
      </div>
    </section>
  )
}
