import { DemoProviders } from '../demo/DemoProviders.js'
import { KitInAction } from './KitInAction.js'

const steps = [
  {
    title: 'Decode',
    text: "The error shapes apps meet (bkend, Backstack, RFC 9457, GraphQL, Laravel, FastAPI, a proxy's HTML page…) become one typed ApiError, with a message safe for users.",
  },
  {
    title: 'Fetch',
    text: 'A client that refreshes an expired token once for every request waiting on it, honours Retry-After, and ends the session once, everywhere.',
  },
  {
    title: 'Show',
    text: 'Each error goes to one place: its field, a banner, a countdown, a toast or the sign-in page, in accessible components with a light and dark theme.',
  },
]

/** Links to the other parts of the gallery, opened in the whole window. */
const next = [
  ['The demo app', 'demo-blog-admin--app'],
  ['Components', 'components-errorbanner--with-retry-and-dismiss'],
  ['Forms', 'forms-errorsummary-and-fielderror--nested-fields'],
  ['Error formats', 'error-formats-decodeerror--bkend'],
  ['Decoder playground', 'playground-decoder--examples'],
] as const

/** What the kit does, in one screen, with a tiny app that shows it working. */
export function Landing() {
  return (
    <main className="landing">
      <header className="landing-header">
        <h1>api-error-kit</h1>
        <p className="landing-lede">
          Every error your API sends, decoded into one typed <code>ApiError</code> and shown in the
          one place that helps the user, for React apps on TanStack Query and react-hook-form.
        </p>
      </header>
      <ol className="landing-steps">
        {steps.map((step) => (
          <li key={step.title}>
            <h2>{step.title}</h2>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="see-it-work" className="landing-demo">
        <h2 id="see-it-work">See it work</h2>
        <DemoProviders signedIn>
          <KitInAction />
        </DemoProviders>
      </section>
      <nav aria-label="More of the gallery" className="landing-next">
        {next.map(([label, id]) => (
          <a key={id} href={`./?path=/story/${id}`} target="_top">
            {label}
          </a>
        ))}
      </nav>
    </main>
  )
}
