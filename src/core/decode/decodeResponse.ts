import type { ApiError } from '../ApiError.js'
import { abortReason } from '../utils/abortable.js'
import { checkOption } from '../utils/checkOption.js'
import { decodeError } from './decodeError.js'
import { completeDecoded } from './decodePipeline.js'
import { bodyFailure, readBodyText } from './readBodyText.js'
import type { Decode, DecodeContext } from './types.js'

/** Options of {@link decodeResponse}. */
export interface DecodeResponseOptions extends Omit<DecodeContext, 'status' | 'headers'> {
  /**
   * The most bytes of body read; a longer body is cancelled and decoded as `too-large`. A value
   * that is not a finite number from 0 up (`NaN`, `-1`, `Infinity`) is rejected, never taken as no cap.
   * @default 1_048_576
   */
  maxBodyBytes?: number
  /**
   * The longest the body read may take, in milliseconds from the call: a body that never ends or
   * trickles is cancelled then and decoded as `too-slow`, with the response's status. `Infinity`
   * leaves the bound to `signal`.
   * @default 10_000
   */
  timeoutMs?: number
  /**
   * Cancels the body read when it aborts; the error is then the abort's (`request/aborted`, or
   * `request/timeout` for a `TimeoutError` reason such as `AbortSignal.timeout()`'s).
   * @default undefined
   */
  signal?: AbortSignal
}

const isBytes = (value: unknown) => typeof value === 'number' && value >= 0 && value < Infinity
const isWait = (value: unknown) => typeof value === 'number' && value > 0
// Not `instanceof`: a signal from another realm (an iframe, a test environment) is one too.
const isSignal = (value: unknown) =>
  typeof (value as AbortSignal | null)?.addEventListener === 'function' &&
  typeof (value as AbortSignal).aborted === 'boolean'

/** Rejects bad option values of `decodeResponse` (or of `decodeErrorAsync`, named by `caller`). */
export function checkResponseOptions(
  { maxBodyBytes, timeoutMs, signal, now }: DecodeResponseOptions,
  caller = 'decodeResponse',
): void {
  const check = checkOption.bind(null, caller)
  check('maxBodyBytes', maxBodyBytes, isBytes, 'a number of bytes from 0 up, or leave it out')
  check('timeoutMs', timeoutMs, isWait, 'milliseconds above 0, or Infinity to rely on signal')
  check('signal', signal, isSignal, 'an AbortSignal, such as AbortController().signal')
  check('now', now, Number.isFinite, 'epoch milliseconds, such as Date.now()')
}

/**
 * Decodes a failed `Response` into an {@link ApiError}: reads the body once (JSON,
 * problem+json, empty, HTML, text, invalid or truncated JSON, bodies over the size cap), and
 * takes status, headers and URL from the response. The read is bounded in size
 * (`maxBodyBytes`), time (`timeoutMs`) and by `signal`. Given a `Response` and valid options,
 * it never rejects; a bad option value rejects with a `TypeError` that says what to pass.
 *
 * @example
 * const response = await fetch('/v1/data/posts', { signal })
 * if (!response.ok) throw await decodeResponse(response, { method: 'GET', signal })
 */
export function decodeResponse(
  response: Response,
  options: DecodeResponseOptions = {},
): Promise<ApiError> {
  return decodeResponseWith(decodeError, response, options)
}

/** {@link decodeResponse} with the decoder `decode` in place of `decodeError`. */
export async function decodeResponseWith(
  decode: Decode,
  response: Response,
  options: DecodeResponseOptions = {},
): Promise<ApiError> {
  checkResponseOptions(options)
  const { maxBodyBytes = 1_048_576, timeoutMs = 10_000, signal, ...context } = options
  const full = {
    ...context,
    status: response.status,
    headers: response.headers,
    url: context.url ?? (response.url || undefined),
  }
  if (response.bodyUsed) return decode('', full)
  const body = await readBodyText(response, { maxBytes: maxBodyBytes, timeoutMs, signal })
  if ('text' in body) return decode(body.text, full)
  if (body.failure === 'aborted') return decode(abortReason(signal!), full)
  const bounds = { maxBytes: maxBodyBytes, timeoutMs }
  return completeDecoded(bodyFailure(body.failure, bounds), undefined, full)
}
