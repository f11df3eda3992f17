import type { ApiError } from '../ApiError.js'
import { builtInDecoders } from './builtInDecoders.js'
import { decodeWith } from './decodePipeline.js'
import type { DecodeContext } from './types.js'

/**
 * Turns anything an API call can fail with into one {@link ApiError}: a parsed error body of any
 * known format (all twelve, detected in order: see `builtInDecoders`), a body string (JSON, HTML,
 * text), a thrown `Error` (fetch's `TypeError`, an `AbortError`, a `TimeoutError`) or an
 * `ApiError` (returned as it is). It never throws.
 *
 * An app that meets only some formats ships less with `createDecoder([...])` (for bkend,
 * `createDecoder(bkendFormats)`). The errors other HTTP clients throw (an `AxiosError`, ky's and
 * ofetch's errors, openapi-fetch results, graphql-request's and Apollo's errors, a `Response`)
 * are read by `decodeErrorAsync`, which `createQueryClient` uses; here they are decoded as the
 * `Error`s they are (message, network and abort names), which keeps their readers out of the
 * bundle of an app that does not need them.
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
  return decodeWith(builtInDecoders, input, context)
}
