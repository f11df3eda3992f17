import { ApiError, type ErrorType } from '../ApiError.js'
import type { ErrorKind } from '../errorKinds.js'
import { isApiError } from '../isApiError.js'
import { resolveUserMessage } from '../messages/messageCatalog.js'
import { toHeaderMap, type HeaderMap } from '../utils/headerMap.js'
import { readStatus } from '../utils/readStatus.js'
import { decodeText } from './decodeText.js'
import { decodeThrown, isErrorLike } from './decodeThrown.js'
import { userDecoders } from './decoderRegistry.js'
import { inferStatus } from './inferStatus.js'
import { kindFromStatus } from './kindFromStatus.js'
import { readRequestId } from './readRequestId.js'
import { MAX_RETRY_AFTER_MS, readHeaderWait } from './readRetryAfter.js'
import type { ThrownRead } from './thrown/types.js'
import { tryDecoders } from './tryDecoders.js'
import type { DecodeContext, DecodedBody, ErrorDecoder } from './types.js'

const CODE = /^[a-z0-9][\w.-]{0,63}\/[\w.-]{1,100}$/i

const typeOfKind: Record<ErrorKind, ErrorType> = {
  validation: 'user',
  auth: 'user',
  conflict: 'user',
  'rate-limit': 'user',
  permission: 'codebase',
  'not-found': 'codebase',
  aborted: 'codebase',
  server: 'system',
  network: 'system',
  timeout: 'system',
  unknown: 'system',
}

/** `read` is `context` with its headers read once; the app's own decoders get `context` as given. */
function decodeBody(
  formats: readonly ErrorDecoder[],
  body: unknown,
  context: DecodeContext,
  read: DecodeContext,
): DecodedBody {
  if (body === null || body === undefined) return { format: 'empty' }
  if (typeof body !== 'object') return { format: 'unknown' }
  return (
    tryDecoders(userDecoders, body, context) ??
    tryDecoders(formats, body, read) ?? { format: 'unknown' }
  )
}

function decodeInput(
  formats: readonly ErrorDecoder[],
  input: unknown,
  context: DecodeContext,
  read: Omit<DecodeContext, 'headers'> & { headers: HeaderMap },
): DecodedBody & { cause?: unknown } {
  if (isErrorLike(input)) return { ...decodeThrown(input), cause: input }
  if (typeof input === 'string') {
    const text = decodeText(input, read.headers.get('content-type'))
    return 'json' in text ? decodeBody(formats, text.json, context, read) : text
  }
  return decodeBody(formats, input, context, read)
}

/** Builds the ApiError from what a decoder read, filling every gap the same way for all formats. */
export function completeDecoded(
  decoded: DecodedBody & { cause?: unknown },
  raw: unknown,
  context: DecodeContext,
): ApiError {
  const headers = toHeaderMap(context.headers)
  const httpStatus = readStatus(context.status)
  const errorStatus = httpStatus !== undefined && httpStatus >= 400 ? httpStatus : undefined
  const decodedCode =
    decoded.code !== undefined && CODE.test(decoded.code) ? decoded.code : undefined
  // The status the body states (JSON:API's, problem details', Backstack's) stands for the response's.
  const stated = errorStatus ?? readStatus(decoded.status)
  const status = stated ?? inferStatus(decodedCode, decoded.kind)
  const forced = decoded.format === 'fetch' || decoded.format === 'error'
  const kind: ErrorKind =
    (forced ? decoded.kind : stated === undefined ? undefined : kindFromStatus(stated)) ??
    decoded.kind ??
    kindFromStatus(status) ??
    'unknown'
  const code = decodedCode ?? (status > 0 ? `http/${status}` : `${kind}/error`)
  const type = decoded.type ?? typeOfKind[kind]
  const slash = code.indexOf('/')
  const userMessage = resolveUserMessage({
    code,
    domain: code.slice(0, slash),
    kind,
    type,
    status,
    // Only text the format promises is for users, and only on errors the user can fix.
    serverUserMessage: type === 'user' ? decoded.userMessage : undefined,
  })
  const limited = status === 429 || status === 503 || kind === 'rate-limit'
  // A body's wait (or a decoder's of the app's) is held to the headers' bounds: at most 24 h,
  // never NaN or negative.
  const hinted = decoded.retryAfterMs!
  return new ApiError({
    status,
    code,
    kind,
    type,
    message: decoded.message ?? (status > 0 ? `Request failed with status ${status}` : userMessage),
    userMessage,
    devMessage: decoded.devMessage,
    fields: decoded.fields ?? (decoded.field ? { [decoded.field]: [userMessage] } : undefined),
    formErrors: decoded.formErrors,
    retryAfterMs:
      readHeaderWait(headers, { now: context.now, limited }) ??
      (hinted >= 0 ? Math.min(hinted, MAX_RETRY_AFTER_MS) : undefined),
    requestMethod: (context.method ?? decoded.requestMethod)?.toUpperCase(),
    url: context.url,
    requestId: readRequestId(headers),
    format: decoded.format,
    raw,
    cause: decoded.cause,
  })
}

const UNREAD: DecodedBody = {
  format: 'unread',
  message: 'The error body was not read yet; decodeErrorAsync reads it.',
}

/**
 * Decodes what a reader found in another client's error: its body through the body decoders, with
 * the status, headers, method and URL it carried where `context` does not give them.
 */
export function decodeThrownRead(
  formats: readonly ErrorDecoder[],
  thrown: ThrownRead,
  input: unknown,
  context: DecodeContext,
): ApiError {
  const given = {
    status: context.status ?? thrown.status,
    headers: context.headers ?? thrown.headers,
    method: context.method ?? thrown.method,
    url: context.url ?? thrown.url,
    now: Number.isFinite(context.now) ? context.now : undefined,
  }
  const read = { ...given, headers: toHeaderMap(given.headers) }
  const decoded =
    thrown.decoded ?? (thrown.unread ? UNREAD : decodeInput(formats, thrown.body, given, read))
  const message = decoded.message ?? thrown.message?.slice(0, 2000)
  return completeDecoded({ ...decoded, message, cause: input }, input, read)
}

/**
 * Decodes `input` with the body decoders `formats` (tried in their order, after the app's own
 * registered decoders) and fills every gap the same way for all formats. It never throws.
 */
export function decodeWith(
  formats: readonly ErrorDecoder[],
  input: unknown,
  context: DecodeContext,
): ApiError {
  if (isApiError(input)) return input
  try {
    // Always the same shape: a spread of a context without `headers` made a slower object, and
    // `decodeError(body, { status })` took twice as long as with headers.
    const { status, method, url } = context
    // A clock that is no number would make every wait NaN: Date.now() stands in for it.
    const now = Number.isFinite(context.now) ? context.now : undefined
    const read = { status, headers: toHeaderMap(context.headers), method, url, now }
    return completeDecoded(decodeInput(formats, input, context, read), input, read)
  } catch (cause) {
    // Only a hostile input (a throwing getter, a revoked proxy) gets here.
    return completeDecoded({ format: 'unknown', cause }, input, {})
  }
}
