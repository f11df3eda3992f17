import type { RequestOptions } from './types.js'

/** How `send` runs for `api.fetch`: the answer handed back as fetch gives it, errors included. */
export interface PassThrough {
  /** Read when `api.fetch` was called: a call from the app's refresh function skips auth. */
  fromRefresh: boolean
}

type Send = (
  method: string,
  path: string,
  init: RequestOptions,
  rawBody: unknown,
  passThrough: PassThrough,
) => Promise<Response>

/** Gives up the body of an answer no one will read, so its connection is freed. */
export function discard(response: Response | undefined): void {
  response?.body?.cancel().catch(() => {})
}

/**
 * The client's transport as a `fetch`: another client (openapi-fetch, ky, ofetch, hey-api, axios'
 * fetch adapter) sends through it and gets the client's rules: default headers and the access
 * token to trusted origins only, one refresh for any number of expired tokens with the requests
 * replayed, `Retry-After` waited out, retries where they are safe, the timeout. It resolves to
 * the last response, failed ones included, with its body unread; it rejects with an `ApiError`
 * where fetch rejects (network, timeout, abort) and when the session ended or a wait is too long.
 */
export function createClientFetch(
  baseUrl: string,
  insideRefresh: () => boolean,
  send: Send,
): typeof fetch {
  return async (input, init) => {
    // Read before any await: the app's refresh function may call this fetch.
    const passThrough = { fromRefresh: insideRefresh() }
    const target = input instanceof Request ? input : new URL(String(input), baseUrl)
    const request = new Request(target, init)
    // Read once into memory, so a replay after a refresh or a retry sends the same bytes.
    const body = request.body ? await request.arrayBuffer() : undefined
    return send(
      request.method,
      request.url,
      {
        headers: Object.fromEntries(request.headers),
        signal: request.signal,
        credentials: request.credentials,
        cache: request.cache,
        redirect: request.redirect,
        keepalive: request.keepalive,
        responseType: 'response',
      },
      body,
      passThrough,
    )
  }
}
