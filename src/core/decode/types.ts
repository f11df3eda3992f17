import type { ApiError, ErrorType } from '../ApiError.js'
import type { ErrorKind } from '../errorKinds.js'

/** Response headers in any of the shapes apps hold them: a `Headers`, a `Map` or a plain object. */
export type HeadersLike =
  | Headers
  | ReadonlyMap<string, string>
  | Record<string, string | readonly string[] | undefined | null>

/** What is known about the request and response an error body came from. */
export interface DecodeContext {
  /** The HTTP status of the response; when given it always wins over the body. */
  status?: number | undefined
  /** The response headers (`Retry-After`, `X-Request-Id`, `Content-Type`...). */
  headers?: HeadersLike | undefined
  /** The request method. */
  method?: string | undefined
  /** The request URL. */
  url?: string | undefined
  /**
   * The clock, in epoch milliseconds; defaults to `Date.now()`. Tests pass a fixed one. One that
   * is not a finite number is ignored by `decodeError` (which never throws) and rejected by
   * `decodeResponse` and `readRetryAfter`.
   */
  now?: number | undefined
}

/**
 * What a format decoder reads out of a body. Every field is optional: the pipeline in
 * `decodeError` fills the gaps (status, kind, code, user message) the same way for all formats.
 */
export interface DecodedBody {
  /** The format's name, e.g. `bkend`, `backstack`, `problem-details`. */
  format: string
  /** A `domain/name` code, or the format's own code to be normalised by the pipeline. */
  code?: string | undefined
  /** The HTTP status the body itself states (Backstack's `code`, problem details' `status`). */
  status?: number | undefined
  /** The server's message, for logs and developers. */
  message?: string | undefined
  /**
   * Text the format promises is written for end users (Backstack's `message` on `user`
   * errors). Leave it out when the format promises nothing: the catalog decides then.
   */
  userMessage?: string | undefined
  /** A message for developers only (Backstack's `dev_message`, PostgREST's `hint`). */
  devMessage?: string | undefined
  /** Who can fix it, where the format says so. */
  type?: ErrorType | undefined
  /**
   * The kind, where the format says so without an HTTP status (GraphQL's `UNAUTHENTICATED`).
   * An HTTP error status always decides the kind over this hint.
   */
  kind?: ErrorKind | undefined
  /** Field messages by normalised dotted path; build them with `createFieldCollector`. */
  fields?: Record<string, string[]> | undefined
  /**
   * The form field the whole error is about, where the code names one (bkend's
   * `auth/invalid-email` names `email`): without `fields`, the user message becomes its message.
   */
  field?: string | undefined
  /** Messages that belong to no one field. */
  formErrors?: string[] | undefined
  /** The request method the body reports (Backstack's `request_method`). */
  requestMethod?: string | undefined
  /** A wait the body asks for (`retry_after`), in milliseconds. */
  retryAfterMs?: number | undefined
}

/**
 * A decoder for one error format. `decode` returns `undefined` when the body is not of its
 * format, so the next decoder is tried. It must not throw; the pipeline guards it anyway.
 *
 * @example
 * const myDecoder: ErrorDecoder = {
 *   name: 'my-api',
 *   decode: (body) => isRecord(body) && typeof body.err === 'string'
 *     ? { format: 'my-api', message: body.err } : undefined,
 * }
 */
export interface ErrorDecoder {
  /** The format's name; it becomes `ApiError.format`. */
  name: string
  /** Reads `body` (already parsed JSON, any value) or returns `undefined` when it is not this format. */
  decode(body: unknown, context: DecodeContext): DecodedBody | undefined
}

/**
 * A whole decoder: turns anything an API call failed with into an `ApiError`. `decodeError` is
 * one (every format); `createDecoder(formats)` builds one from just the formats an app meets.
 */
export type Decode = (input: unknown, context?: DecodeContext) => ApiError
