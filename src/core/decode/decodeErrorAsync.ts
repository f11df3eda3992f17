import type { ApiError } from '../ApiError.js'
import { isApiError } from '../isApiError.js'
import { decodeError, decodeThrownRead } from './decodeError.js'
import type { DecodeResponseOptions } from './decodeResponse.js'
import { bodyFailure, readBodyText, type BodyText } from './readBodyText.js'
import { readThrown } from './thrown/readThrown.js'

/** Reads a body left unread: a copy of a response, so the app can still read it; a Blob in full. */
async function readUnread(unread: Response | Blob, maxBytes: number): Promise<BodyText> {
  if (!(unread instanceof Blob)) {
    let copy = unread
    try {
      copy = unread.clone()
    } catch {
      // A body already locked cannot be copied: read it as it is.
    }
    return readBodyText(copy, maxBytes)
  }
  if (unread.size > maxBytes) return { failure: 'too-large' }
  return unread.text().then(
    (text) => ({ text }),
    () => ({ failure: 'unreadable' as const }),
  )
}

/**
 * {@link decodeError}, reading first the body another client left unread: ky 1's `HTTPError`,
 * a `Response` given as it is, an axios `blob` response. A response is read from a copy, so
 * `error.response.json()` still works after. Any other input is decoded as `decodeError` does.
 * It never rejects; `createQueryClient` decodes what queries and mutations throw with it.
 *
 * @param options - the context `decodeError` takes, and `maxBodyBytes`: the most bytes read; a
 *   longer body is decoded as `too-large` (default 1 MiB).
 * @example
 * try { await ky.post('/v1/data/posts', { json: post }) } catch (thrown) {
 *   const error = await decodeErrorAsync(thrown)
 *   form.setError('title', { message: error.fields.title?.[0] })
 * }
 */
export async function decodeErrorAsync(
  input: unknown,
  options: DecodeResponseOptions = {},
): Promise<ApiError> {
  if (isApiError(input)) return input
  const { maxBodyBytes = 1_048_576, ...context } = options
  let thrown
  try {
    thrown = readThrown(input)
  } catch {
    // A hostile input (a throwing getter): decodeError says what it can of it.
  }
  if (!thrown?.unread) return decodeError(input, context)
  const body = await readUnread(thrown.unread, maxBodyBytes)
  const read =
    'text' in body ? { body: body.text } : { decoded: bodyFailure(body.failure, maxBodyBytes) }
  try {
    return decodeThrownRead({ ...thrown, unread: undefined, ...read }, input, context)
  } catch {
    return decodeError(input, context)
  }
}
