import type { ApiError } from '../ApiError.js'
import { isApiError } from '../isApiError.js'
import { abortReason } from '../utils/abortable.js'
import { builtInDecoders } from './builtInDecoders.js'
import { decodeError } from './decodeError.js'
import { decodeThrownRead } from './decodePipeline.js'
import { checkResponseOptions, type DecodeResponseOptions } from './decodeResponse.js'
import { bodyFailure, readBodyText, type BodyBounds, type BodyText } from './readBodyText.js'
import { readThrown } from './thrown/readThrown.js'
import { wrappedApiError } from './thrown/wrappedApiError.js'
import type { ThrownRead } from './thrown/types.js'
import type { DecodeContext } from './types.js'

/** Reads a body left unread: a copy of a response, so the app can still read it; a Blob in full. */
async function readUnread(unread: Response | Blob, bounds: BodyBounds): Promise<BodyText> {
  if (!(unread instanceof Blob)) {
    let copy = unread
    try {
      copy = unread.clone()
    } catch {
      // A body already locked cannot be copied: read it as it is.
    }
    return readBodyText(copy, bounds)
  }
  if (unread.size > bounds.maxBytes) return { failure: 'too-large' }
  return unread.text().then(
    (text) => ({ text }),
    () => ({ failure: 'unreadable' as const }),
  )
}

/**
 * {@link decodeError}, reading also what other HTTP clients throw, with no dependency on them: an
 * `AxiosError` (its response's `data`, status and headers; its network, timeout and cancel
 * codes), ky's `HTTPError`, `TimeoutError` and `NetworkError`, ofetch's `FetchError`, the
 * `{ error, response }` result of openapi-fetch and hey-api, graphql-request's `ClientError`,
 * Apollo Client's errors and a `Response`; and reading first the body such a client left unread
 * (ky 1's `HTTPError`, a `Response` given as it is, an axios `blob` response). A response is read from a copy, so
 * `error.response.json()` still works after. The read is bounded as `decodeResponse`'s is
 * (`maxBodyBytes`, `timeoutMs`, `signal`). Any other input is decoded as `decodeError` does. It
 * never rejects but for a bad option value; `createQueryClient` decodes what queries and
 * mutations throw with it.
 *
 * @param options - the context `decodeError` takes, and the bounds of the body read.
 * @example
 * try { await ky.post('v1/data/posts', { json: post }) } catch (thrown) {
 *   const error = await decodeErrorAsync(thrown)
 *   form.setError('title', { message: error.fields.title?.[0] })
 * }
 */
export async function decodeErrorAsync(
  input: unknown,
  options: DecodeResponseOptions = {},
): Promise<ApiError> {
  checkResponseOptions(options, 'decodeErrorAsync')
  if (isApiError(input)) return input
  const wrapped = wrappedApiError(input)
  if (wrapped) return wrapped
  const { maxBodyBytes = 1_048_576, timeoutMs = 10_000, signal, ...context } = options
  let thrown
  try {
    thrown = readThrown(input)
  } catch {
    // A hostile input (a throwing getter): decodeError says what it can of it.
  }
  if (!thrown) return decodeError(input, context)
  if (!thrown.unread) return decodeRead(thrown, {}, input, context)
  const bounds = { maxBytes: maxBodyBytes, timeoutMs, signal }
  const body = await readUnread(thrown.unread, bounds)
  if ('text' in body) return decodeRead(thrown, { body: body.text }, input, context)
  if (body.failure === 'aborted') return decodeError(abortReason(signal!), context)
  return decodeRead(thrown, { decoded: bodyFailure(body.failure, bounds) }, input, context)
}

/** The thrown value decoded with the body now read; should that throw, as `decodeError` would. */
function decodeRead(
  thrown: ThrownRead,
  read: Pick<ThrownRead, 'body' | 'decoded'>,
  input: unknown,
  context: DecodeContext,
): ApiError {
  try {
    return decodeThrownRead(
      builtInDecoders,
      { ...thrown, unread: undefined, ...read },
      input,
      context,
    )
  } catch {
    return decodeError(input, context)
  }
}
