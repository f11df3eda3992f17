import type { ApiError } from '../ApiError.js'
import { isApiError } from '../isApiError.js'
import { builtInDecoders } from './builtInDecoders.js'
import { decodeThrownRead, decodeWith } from './decodePipeline.js'
import { readThrown } from './thrown/readThrown.js'
import { wrappedApiError } from './thrown/wrappedApiError.js'
import type { DecodeContext } from './types.js'

/**
 * Turns anything an API call can fail with into one {@link ApiError}: a parsed error body of any
 * known format (all twelve, detected in order: see `builtInDecoders`), a body string (JSON, HTML,
 * text), a thrown `Error` (fetch's `TypeError`, an `AbortError`, a `TimeoutError`) or an
 * `ApiError` (returned as it is, also from inside an error that wraps it without a response of
 * its own, as axios' fetch adapter does over `api.fetch`). It never throws.
 *
 * It also reads what other clients throw, with no dependency on them: an `AxiosError` (its
 * response's `data`, status and headers; its network, timeout and cancel codes), ky's
 * `HTTPError`, `TimeoutError` and `NetworkError`, ofetch's `FetchError`, the `{ error, response }`
 * result of openapi-fetch and hey-api, graphql-request's `ClientError`, Apollo Client's errors and
 * a `Response`. A body such a client left unread (ky 1, a `Response`) is not read here, since
 * reading is async: the error has the status and headers, and `decodeErrorAsync` reads the body too.
 *
 * An app that meets only some formats, and only its own client's errors, ships less with
 * `createDecoder([...])` (for bkend, `createDecoder(bkendFormats)`), which reads neither the
 * other formats nor other clients' errors.
 *
 * @param input - the body, text or thrown value.
 * @param context - what is known of the response: `status` (wins over the body), `headers`
 *   (`Retry-After`, request id), `method`, `url`, and `now` (the clock `Retry-After` dates are read
 *   against; `Date.now()` by default, and in place of a `now` that is not a finite number).
 * @example
 * const error = decodeError(await response.json(), { status: response.status, headers: response.headers })
 * error.code        // 'auth/access-token-expired'
 * error.userMessage // 'Your session has expired. Please sign in again.'
 */
export function decodeError(input: unknown, context: DecodeContext = {}): ApiError {
  try {
    if (isApiError(input)) return input
    const wrapped = wrappedApiError(input)
    if (wrapped) return wrapped
    const thrown = readThrown(input)
    if (thrown) return decodeThrownRead(builtInDecoders, thrown, input, context)
  } catch {
    // A hostile input (a throwing getter, a revoked proxy): decodeWith turns it into an ApiError.
  }
  return decodeWith(builtInDecoders, input, context)
}
