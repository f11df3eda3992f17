import { discard } from './createClientFetch.js'
import { clientError } from './clientError.js'

/**
 * In a browser, where fetch follows redirects itself and cannot be told to drop headers, refuses
 * an answer that a redirect brought from an origin outside `trusted` (and other than the one
 * asked): its body is given up and a `client/redirect-left-origin` error (kind `network`) is
 * thrown. The headers went there already; refusing keeps that origin's answer out of the app.
 * This is why the only key a browser may hold is a publishable one (`pk_...`, public by design);
 * a secret key (`sk_...`) never belongs in a browser.
 */
export function checkFinalOrigin(
  response: Response,
  requested: string,
  trusted: ReadonlySet<string>,
  context: { method: string; url: string },
): void {
  // A response a custom fetch made up has no URL: it came from nowhere else.
  if (!response.url) return
  let origin: string
  try {
    origin = new URL(response.url).origin
  } catch {
    return
  }
  if (origin === requested || trusted.has(origin)) return
  discard(response)
  throw clientError(
    'client/redirect-left-origin',
    'network',
    `The server redirected the request to ${origin}, which is not a trusted origin, so its answer was refused; add it to trustedOrigins if it may receive the client's headers.`,
    context,
  )
}
