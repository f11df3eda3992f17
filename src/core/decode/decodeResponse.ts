import type { ApiError } from '../ApiError.js'
import { completeDecoded, decodeError } from './decodeError.js'
import { bodyFailure, readBodyText } from './readBodyText.js'
import type { DecodeContext } from './types.js'

/** Options of {@link decodeResponse}. */
export interface DecodeResponseOptions extends Omit<DecodeContext, 'status' | 'headers'> {
  /** The most bytes of body read; a longer body is cancelled and decoded as `too-large`. @default 1_048_576 */
  maxBodyBytes?: number
}

/**
 * Decodes a failed `Response` into an {@link ApiError}: reads the body once (JSON,
 * problem+json, empty, HTML, text, invalid or truncated JSON, bodies over the size cap), and
 * takes status, headers and URL from the response. Given a `Response`, it never rejects.
 *
 * @example
 * const response = await fetch('/v1/data/posts')
 * if (!response.ok) throw await decodeResponse(response, { method: 'GET' })
 */
export async function decodeResponse(
  response: Response,
  options: DecodeResponseOptions = {},
): Promise<ApiError> {
  const { maxBodyBytes = 1_048_576, ...context } = options
  const full = {
    ...context,
    status: response.status,
    headers: response.headers,
    url: context.url ?? (response.url || undefined),
  }
  if (response.bodyUsed) return decodeError('', full)
  const body = await readBodyText(response, maxBodyBytes)
  if ('text' in body) return decodeError(body.text, full)
  return completeDecoded(bodyFailure(body.failure, maxBodyBytes), undefined, full)
}
