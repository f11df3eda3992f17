import { API_ERROR_BRAND } from './apiErrorBrand.js'
import type { ErrorCode } from './codes/register.js'
import type { ErrorKind } from './errorKinds.js'

/** Backstack's error types, inferred for other formats: who can fix the error. */
export type ErrorType = 'user' | 'codebase' | 'system'

/** Everything an {@link ApiError} is made of. `decodeError` fills it in; tests and adapters may too. */
export interface ApiErrorInit {
  /**
   * HTTP status. A body decoded without one gets the status its code or kind implies (bkend's
   * documented codes first); 0 where there is none (network failure, timeout, abort).
   */
  status: number
  /** `domain/name`, e.g. `auth/access-token-expired`; synthesised where the format has none (`http/503`). */
  code: string
  /** What kind of failure this is; the routing of errors to UI channels reads it. */
  kind: ErrorKind
  /** Who can fix it: the user, the app's code, or the server. */
  type: ErrorType
  /** What the server said (or what went wrong locally), for logs. May be technical. */
  message: string
  /** A message that is always safe to show an end user. */
  userMessage: string
  /** A message meant for developers only; never show it in production UI. */
  devMessage?: string | undefined
  /** Field messages keyed by react-hook-form dotted paths such as `users.0.email`. */
  fields?: Record<string, string[]> | undefined
  /** Messages that belong to the whole form rather than one field. */
  formErrors?: string[] | undefined
  /** How long the server asked us to wait before trying again, in milliseconds. */
  retryAfterMs?: number | undefined
  /** The HTTP method of the request, upper-case. */
  requestMethod?: string | undefined
  /** The URL of the request. */
  url?: string | undefined
  /** The request id from the response headers (`x-request-id` and friends). */
  requestId?: string | undefined
  /** Which decoder recognised the body (`bkend`, `backstack`, `problem-details`, ...). */
  format: string
  /** The body or value this error was decoded from, as it was. */
  raw?: unknown
  /** The underlying error, if any (a fetch TypeError, an AbortError...). */
  cause?: unknown
}

/**
 * One typed error for every API failure: HTTP errors of any body format, network failures,
 * timeouts and aborts. Build one with `decodeError` or `decodeResponse`; test with `isApiError`.
 * `Code` is the union of codes it may carry: the ones your app registered (see `Register`), or
 * any string.
 *
 * @example
 * try { await api.get('/v1/data/posts') } catch (error) {
 *   if (isApiError(error, 'auth/forbidden')) showBanner(error.userMessage)
 * }
 */
export class ApiError<Code extends string = ErrorCode> extends Error {
  override readonly name = 'ApiError'
  readonly [API_ERROR_BRAND] = true
  // Declared, not defined: the constructor sets each one, and definitions would only add bytes.
  declare readonly status: number
  declare readonly code: Code
  declare readonly kind: ErrorKind
  declare readonly type: ErrorType
  declare readonly userMessage: string
  declare readonly devMessage: string | undefined
  declare readonly fields: Record<string, string[]>
  declare readonly formErrors: string[]
  declare readonly retryAfterMs: number | undefined
  declare readonly requestMethod: string | undefined
  declare readonly url: string | undefined
  declare readonly requestId: string | undefined
  declare readonly format: string
  declare readonly raw: unknown

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.status = init.status
    this.code = init.code as Code
    this.kind = init.kind
    this.type = init.type
    this.userMessage = init.userMessage
    this.devMessage = init.devMessage
    this.fields = init.fields ?? {}
    this.formErrors = init.formErrors ?? []
    this.retryAfterMs = init.retryAfterMs
    this.requestMethod = init.requestMethod
    this.url = init.url
    this.requestId = init.requestId
    this.format = init.format
    this.raw = init.raw
  }

  /** The part of `code` before the slash: `auth`, `data`, `http`, `network`... */
  get domain(): string {
    const slash = this.code.indexOf('/')
    return slash === -1 ? this.code : this.code.slice(0, slash)
  }

  /** True when the error carries at least one field message. */
  get hasFieldErrors(): boolean {
    return Object.keys(this.fields).length > 0
  }

  /** A plain object for logs and `JSON.stringify`; leaves out `raw` and `cause`. */
  toJSON(): Omit<ApiErrorInit, 'raw' | 'cause'> & { name: string; domain: string } {
    // The own fields are the ones the constructor set; `cause` is not enumerable.
    const { raw: _raw, name, message, ...fields } = this
    return { name, message, domain: this.domain, ...fields }
  }
}
