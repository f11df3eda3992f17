import type { DecodedBody, HeadersLike } from '../types.js'

/**
 * What a thrown-value reader finds in an error of another HTTP client: the response's parts as
 * the kit's own client would have them. `decodeError` decodes `body` with the body decoders and
 * takes status, headers, method and URL from here where its context does not give them.
 */
export interface ThrownRead {
  /** The body as the client parsed it (a JSON value or text); `undefined` for none. */
  body?: unknown
  /** A body not read yet (ky 1's `HTTPError`, a `Response`, an axios `Blob`): `decodeErrorAsync` reads it. */
  unread?: Response | Blob | undefined
  /** The response's HTTP status. */
  status?: number | undefined
  /** The response's headers. */
  headers?: HeadersLike | undefined
  /** The request method. */
  method?: string | undefined
  /** The request URL. */
  url?: string | undefined
  /** What went wrong before any body, decoded already: a network failure, a timeout, an abort. */
  decoded?: DecodedBody | undefined
  /** The client's own message, kept when the body has none. */
  message?: string | undefined
}

/** Reads the errors (or results) of one HTTP client; `undefined` when `value` is not one of them. */
export type ThrownReader = (value: object) => ThrownRead | undefined
