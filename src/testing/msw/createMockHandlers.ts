import { http, HttpResponse, type HttpHandler } from 'msw'
import type { MockBackend } from '../mockBackend/createMockBackend.js'
import { trimTrailing } from '../../core/utils/trimTrailing.js'

/** Where the MSW handlers listen. */
export interface MockHandlersOptions {
  /** The origin (and optional path prefix) the app sends its API requests to, e.g. `https://api.example.com`. */
  baseUrl: string
}

function isAbortError(error: unknown): boolean {
  // By name: jsdom and browsers throw their own DOMException, not always an `Error` of this realm.
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  )
}

/**
 * Where the handler listens. An absolute base becomes a RegExp without groups: MSW decodes the
 * groups of a string path and throws on a URL that is not valid percent-encoding (`%E0%A4%A`),
 * where the backend should answer 404 like any server. A relative base (browser only) stays a path.
 */
function toPath(base: string): string | RegExp {
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(base)) return `${base}/*`
  const url = new URL(base)
  const prefix = trimTrailing(url.origin + url.pathname, '/')
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.*$`, 'i')
}

/**
 * MSW 2 or 3 handlers that answer every request under `baseUrl` with `backend`, for `setupServer`
 * (Node) and `setupWorker` (browser). A dropped connection becomes a network error.
 *
 * @example
 * const backend = createMockBackend()
 * const server = setupServer(...createMockHandlers(backend, { baseUrl: 'https://api.example.com' }))
 * server.listen()
 */
export function createMockHandlers(
  backend: MockBackend,
  options: MockHandlersOptions,
): HttpHandler[] {
  const baseUrl: unknown = options?.baseUrl
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError(
      'createMockHandlers needs baseUrl, the origin your app sends API requests to, e.g. https://api.example.com.',
    )
  }
  const base = trimTrailing(baseUrl.trim(), '/')
  return [
    http.all(toPath(base), async ({ request }) => {
      try {
        const response = await backend.handle(request)
        return response.type === 'error' ? HttpResponse.error() : response
      } catch (error) {
        // The client gave up (its signal aborted): there is no one left to answer.
        if (isAbortError(error)) return HttpResponse.error()
        throw error
      }
    }),
  ]
}
