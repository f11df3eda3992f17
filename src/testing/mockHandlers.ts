import { http, HttpResponse, type HttpHandler } from 'msw'
import type { MockBackend } from './mockBackend/createMockBackend.js'

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
 * MSW 2 handlers that answer every request under `baseUrl` with `backend`, for `setupServer`
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
  const base = baseUrl.trim().replace(/\/+$/, '')
  return [
    http.all(`${base}/*`, async ({ request }) => {
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
