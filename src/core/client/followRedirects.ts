import { discard } from './createClientFetch.js'
import { clientError } from './clientError.js'

/** The most redirects one request follows, as fetch does. */
export const MAX_REDIRECTS = 20

/** What {@link followRedirects} needs besides the request itself. */
export interface FollowRedirectsOptions {
  /** The origins that may receive the client's headers (baseUrl's and `trustedOrigins`). */
  trusted: ReadonlySet<string>
  /** Whether the body can be sent again (a 307 or 308 re-sends it); a stream cannot. */
  replayable: boolean
  /** The request as errors report it. */
  context: { method: string; url: string }
}

const redirectStatuses = new Set([301, 302, 303, 307, 308])

/**
 * Sends a request with `redirect: 'manual'` and follows its redirects by hand (at most
 * {@link MAX_REDIRECTS}), as fetch would, except that no header of the client's reaches an
 * origin it does not trust: when a redirect changes the origin to one outside `trusted`, every
 * header but `accept` and `content-type` is dropped (the API key, `Authorization`, the
 * request's own headers), for that hop and all after it, as curl does without
 * `--location-trusted`. A 303, and a 301 or 302 answering a POST, become a GET without a body;
 * a 307 or 308 keeps the method and the body, which must be replayable. For servers, where
 * fetch gives the redirect itself; in browsers `manual` gives an opaque answer instead.
 */
export async function followRedirects(
  send: typeof fetch,
  url: URL,
  init: RequestInit & { headers: Record<string, string>; method: string },
  options: FollowRedirectsOptions,
): Promise<Response> {
  let current = url
  let { method, body, headers } = init
  let stripped = false
  for (let hops = 0; ; hops++) {
    const response = await send(current.href, {
      ...init,
      method,
      headers,
      body,
      redirect: 'manual',
    })
    const location = response.headers.get('location')
    if (!redirectStatuses.has(response.status) || location === null) return response
    discard(response)
    if (hops === MAX_REDIRECTS) {
      throw clientError(
        'client/too-many-redirects',
        'network',
        `The server redirected the request more than ${MAX_REDIRECTS} times; fix the redirect loop on the server.`,
        options.context,
      )
    }
    let next: URL
    try {
      next = new URL(location, current)
    } catch {
      next = new URL('about:blank')
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw clientError(
        'client/redirect-refused',
        'network',
        `The server redirected the request to a location that is not an http(s) URL; fix its Location header.`,
        options.context,
      )
    }
    const status = response.status
    if (
      status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST'
    ) {
      method = 'GET'
      body = undefined
      headers = { ...headers }
      delete headers['content-type']
    } else if (body !== undefined && body !== null && !options.replayable) {
      throw clientError(
        'client/body-not-replayable',
        'unknown',
        `The server answered ${status} to send the request elsewhere, but its body is a stream that was already sent; send a string, Blob or FormData instead.`,
        options.context,
      )
    }
    if (!stripped && next.origin !== current.origin && !options.trusted.has(next.origin)) {
      stripped = true
      const kept: Record<string, string> = {}
      if (headers.accept !== undefined) kept.accept = headers.accept
      if (body != null && headers['content-type'] !== undefined)
        kept['content-type'] = headers['content-type']
      headers = kept
    }
    current = next
  }
}
