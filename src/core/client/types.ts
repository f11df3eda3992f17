import type { ApiError } from '../ApiError.js'
import type { Decode } from '../decode/types.js'
import type { CooldownStore } from './retry/cooldowns.js'
import type { RetryOptions } from './retry/retryPolicy.js'
import type { RefreshContext } from './auth/refreshCoordinator.js'
import type { Tokens, TokenStore } from './auth/tokens.js'
import type { QueryParams } from './buildUrl.js'
import type { ResponseType } from './parseSuccess.js'

/** How the client authenticates requests and refreshes expired access tokens. */
export interface AuthOptions {
  /** Where the tokens live. @default memoryTokenStore() */
  store?: TokenStore
  /**
   * Calls your refresh endpoint and resolves to the new tokens. The client calls it once per
   * expired token, whatever the number of requests that failed. Requests it makes through this
   * client skip auth; pass `auth: false` to be sure if it awaits before calling the client.
   */
  refresh: (context: RefreshContext) => Promise<Tokens>
  /** Whether an error asks for a refresh. @default (error) => error.code === 'auth/access-token-expired' */
  shouldRefresh?: (error: ApiError) => boolean
  /**
   * Whether a failed refresh ends the session (the store is cleared, `onSessionExpired` runs).
   * @default every failure but a rate limit (429) or a 503, which leave the tokens as they are
   */
  endsSession?: (error: ApiError) => boolean
  /**
   * Whether an error a request met with the access token ends the session, as a refresh cannot
   * fix it: the store is cleared, `onSessionExpired` and `onSessionEnd` listeners run once, and
   * the request fails with it. Asked for errors that did not ask for a refresh (`shouldRefresh`),
   * and only for requests sent with a token. A 401 that answered a token replaced meanwhile is
   * sent again with the new one instead.
   * @default a 401 that refuses the token: `auth/invalid-access-token`, `auth/invalid-token-format`,
   * `auth/unauthorized`, `auth/missing-authorization-header`, `auth/session-expired`,
   * `auth/token-expired`, `auth/invalid-refresh-token` (or their `common/` forms), OAuth's
   * `invalid_token`, or a 401 with no code (`http/401`)
   */
  endsSessionOn?: (error: ApiError) => boolean
  /**
   * Called once each time the session of this tab ends, however it was learnt (a refused or failed
   * refresh, a 401 no refresh can fix, a sign-out or a shared store emptied by another tab): show
   * sign-in. It runs right after the store is cleared, before the waiting requests fail; an
   * error it throws is reported as an unhandled rejection and changes nothing else. A `clear()`
   * of the store by the app (signing out) does not call it. @default none
   */
  onSessionExpired?: (error: ApiError) => void
  /** Coordinate refreshes across the tabs of the origin (Web Locks + BroadcastChannel). @default true */
  crossTab?: boolean
  /** Refresh this long before the access token expires (from `expiresAt` or the JWT `exp`); 0 turns it off. @default 0 */
  refreshBeforeExpiryMs?: number
  /** How long a refresh may take before it counts as failed. @default 15000 */
  refreshTimeoutMs?: number
}

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** The API's base URL, e.g. `https://api.example.com`; paths are resolved against it. */
  baseUrl: string
  /**
   * Headers sent with every request to a trusted origin (the API key goes here). On a server the
   * client follows redirects itself and drops them (and `Authorization` and the request's own
   * headers) when a redirect leads to an origin it does not trust. In a browser fetch follows
   * redirects with them, so the client refuses the answer of a redirect that left the trusted
   * origins (`client/redirect-left-origin`): a publishable key (`pk_...`) is public by design and
   * may go there, but a secret key (`sk_...`) never belongs in a browser and is refused there.
   * @default {}
   */
  headers?: Record<string, string>
  /**
   * Other origins that may receive the `Authorization` header and default headers, also through
   * a redirect. @default []
   */
  trustedOrigins?: readonly string[]
  /** Token handling; without it no `Authorization` header is sent. */
  auth?: AuthOptions
  /** Retry policy, or `false` for none. @default see RetryOptions */
  retry?: RetryOptions | false
  /** The rate-limit scope of a request: requests of one scope wait out one cooldown. @default (url) => url.origin */
  rateLimitScope?: (url: URL, method: string) => string
  /** Unwrap bkend-style `{ success: true, data }` envelopes to `data`. @default false */
  unwrap?: boolean
  /**
   * The total time a request may take, retries and waits included; `Infinity` for none. Zero, a
   * negative number or `NaN` time the request out at once. @default 30000
   */
  timeoutMs?: number
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch
  /**
   * How error responses and failures become `ApiError`s: `createDecoder(formats)` with just the
   * formats the API answers with (for bkend, `createDecoder(bkendFormats)`).
   * @default decodeError (every format)
   */
  decode?: Decode
  /**
   * The longest one 429 may hold its rate-limit scope. A `Retry-After` beyond it (a server that
   * asks for ten years, a date far ahead, a number of 400 digits) fails that request at once
   * with the server's error, which carries the wait in `retryAfterMs`, and holds nothing else:
   * other routes and later requests of the scope still go out. @default 3600000 (an hour)
   */
  maxCooldownMs?: number
  /** The cooldown store; pass one to share it between clients. @default createCooldownStore() */
  rateLimits?: CooldownStore
}

/** Options of one request. */
export interface RequestOptions extends Omit<RequestInit, 'body' | 'headers' | 'method'> {
  /** The HTTP method. @default 'GET' */
  method?: string
  /**
   * Plain objects and arrays are sent as JSON; strings, FormData, Blob and binary data as they
   * are. A `ReadableStream` is sent once: it is never retried, and a replay after a token refresh
   * fails with `client/body-not-replayable`.
   */
  body?: unknown
  /** Headers of this request, over the client's; a secret key (`sk_...`) is refused in browsers. @default {} */
  headers?: Record<string, string>
  /** Query parameters added to the URL. */
  query?: QueryParams
  /** Overrides the client's `timeoutMs`. @default the client's `timeoutMs` */
  timeoutMs?: number
  /** `false` sends no `Authorization` and never refreshes (sign-in, refresh calls). @default true */
  auth?: boolean
  /** Overrides the client's retry policy for this request. @default the client's `retry` */
  retry?: RetryOptions | false
  /**
   * How the success body is read. `'response'` hands the `Response` over unread: `timeoutMs`
   * ends when its headers arrive, and `signal` can still stop its body.
   * @default 'json' (JSON when it is JSON, text otherwise)
   */
  responseType?: ResponseType
  /** Overrides the client's `unwrap`. @default the client's `unwrap` */
  unwrap?: boolean
}

/** A client made by {@link createApiClient}. Every failure is thrown as an `ApiError`. */
export interface ApiClient {
  /**
   * The client's transport as a `fetch`, for another client to send through: openapi-fetch's
   * `createClient({ fetch: api.fetch })`, `ky.create({ fetch: api.fetch, retry: 0 })`,
   * `ofetch.create({ fetch: api.fetch, retry: 0 })`, hey-api's `createClient({ fetch })`, axios'
   * `{ adapter: 'fetch', env: { fetch: api.fetch } }`. Requests to trusted origins get the
   * default headers and the access token, an expired token is refreshed once for all and the
   * requests replayed, `Retry-After` is waited out and safe requests retried (turn the other
   * client's own retries off). It resolves to the last response, failed ones too, with its body
   * unread; it rejects with an `ApiError` where fetch rejects (network, timeout, abort), when
   * the session ended, and when a rate limit asks for a wait longer than `maxRetryAfterMs`.
   *
   * @example
   * const client = createClient<paths>({ baseUrl: 'https://api.example.com', fetch: api.fetch })
   * const { data, error, response } = await client.GET('/v1/data/posts')
   */
  fetch: typeof fetch
  /** Sends a request and resolves to the parsed body. */
  request<T = unknown>(path: string, options?: RequestOptions): Promise<T>
  /** Sends a GET and resolves to the parsed body. */
  get<T = unknown>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>
  /** Sends a POST with `body` (objects and arrays as JSON) and resolves to the parsed body. */
  post<T = unknown>(
    path: string,
    body?: unknown,
    options?: Omit<RequestOptions, 'method' | 'body'>,
  ): Promise<T>
  /** Sends a PUT with `body` (objects and arrays as JSON) and resolves to the parsed body. */
  put<T = unknown>(
    path: string,
    body?: unknown,
    options?: Omit<RequestOptions, 'method' | 'body'>,
  ): Promise<T>
  /** Sends a PATCH with `body` (objects and arrays as JSON) and resolves to the parsed body. */
  patch<T = unknown>(
    path: string,
    body?: unknown,
    options?: Omit<RequestOptions, 'method' | 'body'>,
  ): Promise<T>
  /** Sends a DELETE and resolves to the parsed body. */
  delete<T = unknown>(path: string, options?: Omit<RequestOptions, 'method'>): Promise<T>
  /** The active rate-limit cooldowns, one per scope; countdown components read it. */
  readonly rateLimits: CooldownStore
  /** The token store, when `auth` is set. */
  readonly tokens: TokenStore | undefined
  /**
   * Calls `listener` once each time the session of this tab ends, however it was learnt: a
   * refresh refused or failed here, a 401 no refresh can fix (`auth.endsSessionOn`), a sign-out
   * another tab announced, or a shared store (localStorage) another tab emptied. It runs right
   * after the store is cleared and before the requests waiting on the session fail, after
   * `auth.onSessionExpired`; what it throws is reported as an unhandled rejection. A session
   * starts again when tokens are stored (sign-in); the app's own `tokens.clear()` (signing out)
   * is not an end. Without `auth` it never runs. Returns the unsubscribe function.
   *
   * @example
   * const stop = api.onSessionEnd((error) => router.navigate('/sign-in', { state: { reason: error.userMessage } }))
   */
  onSessionEnd(listener: (error: ApiError) => void): () => void
  /**
   * Calls `listener` once each time the app signs out in this tab: its own `tokens.clear()`
   * emptied the store, which is not an end of the session (nothing is announced, no
   * `onSessionEnd` runs). `ApiErrorProvider` listens here to drop the old user's state (its page
   * errors, and the query cache through the hub), so the next user to sign in on this tab never
   * sees it. A store another tab emptied is a session end instead, and a session end clears the
   * store without calling it. What it throws is reported as an unhandled rejection. Without
   * `auth` it never runs. Returns the unsubscribe function.
   *
   * @example
   * const stop = api.onSignOut(() => analytics.reset())
   */
  onSignOut(listener: () => void): () => void
  /** Stops listening to other tabs. Call it when the client is thrown away. */
  dispose(): void
}
