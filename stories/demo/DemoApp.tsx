import { AuthForm } from './AuthForm.js'
import { DemoCard } from './DemoCard.js'
import { DemoProviders } from './DemoProviders.js'
import { ForbiddenDemo } from './ForbiddenDemo.js'
import { ModeSwitch } from './ModeSwitch.js'
import { PageErrors } from './PageErrors.js'
import { RateLimitDemo } from './RateLimitDemo.js'
import { ServerFailureDemo } from './ServerFailureDemo.js'
import { TokenExpiryDemo } from './TokenExpiryDemo.js'
import { useSession } from './useSession.js'

/** Props of {@link DemoApp}. */
export interface DemoAppProps {
  /** Start signed in as the demo user. @default false */
  signedIn?: boolean
}

function Account() {
  const { signedIn, signOut } = useSession()
  if (signedIn) {
    return (
      <p className="demo-account">
        Signed in.
        <button type="button" className="aek-button" onClick={signOut}>
          Sign out
        </button>
      </p>
    )
  }
  return (
    <DemoCard
      title="Account"
      description={
        <>
          Sign in as <code>demo@example.com</code> with <code>password123</code>, or make a new
          account. Every message on these forms comes from the server.
        </>
      }
    >
      <div className="demo-forms">
        <AuthForm kind="signin" />
        <AuthForm kind="signup" />
      </div>
    </DemoCard>
  )
}

function Scenarios() {
  const { signedIn } = useSession()
  if (!signedIn) return null
  return (
    <div className="demo-grid">
      <TokenExpiryDemo />
      <RateLimitDemo />
      <ForbiddenDemo />
      <ServerFailureDemo />
    </div>
  )
}

/**
 * A small app on the mock bkend, written only with the public API of api-error-kit: the
 * provider, the query hooks, the form helpers and the ready components.
 */
export function DemoApp({ signedIn = false }: DemoAppProps) {
  return (
    <DemoProviders signedIn={signedIn}>
      <main className="demo">
        <header className="demo-header">
          <div>
            <h1>api-error-kit demo</h1>
            <p>A mock backend answers in this tab through a service worker: no server, no setup.</p>
          </div>
          <ModeSwitch />
        </header>
        <PageErrors />
        <Account />
        <Scenarios />
      </main>
    </DemoProviders>
  )
}
