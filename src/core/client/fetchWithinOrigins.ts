import { checkFinalOrigin } from './checkFinalOrigin.js'
import { followRedirects, type FollowRedirectsOptions } from './followRedirects.js'

/**
 * Sends one request so that no header of the client's reaches an untrusted origin through a
 * redirect: on a server the redirects are followed by hand ({@link followRedirects}); in a
 * browser fetch follows them and an answer from elsewhere is refused ({@link checkFinalOrigin}).
 * A request that asked for `redirect: 'manual'` or `'error'` gets what fetch gives.
 */
export async function fetchWithinOrigins(
  send: typeof fetch,
  url: URL,
  init: RequestInit & { headers: Record<string, string>; method: string },
  options: FollowRedirectsOptions & { inBrowser: boolean },
): Promise<Response> {
  if (options.inBrowser) {
    const response = await send(url.href, init)
    checkFinalOrigin(response, url.origin, options.trusted, options.context)
    return response
  }
  if ((init.redirect ?? 'follow') !== 'follow') return send(url.href, init)
  return followRedirects(send, url, init, options)
}
