import { bkendCodeFields } from '../../codes/bkendCodeTable.js'
import { isRecord } from '../../utils/isRecord.js'
import { own } from '../../utils/own.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { toCode } from '../../utils/toCode.js'
import type { DecodedBody, ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'
import { readDomainCode } from './readDomainCode.js'

const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/

// The Nest-style names of bkend's auth codes that change what the client and the page do: the
// refresh trigger, the tokens it will not take, a wrong password, a locked account.
const AUTH_NAMES =
  /^(?:access-token-expired|invalid-access-token|invalid-token-format|missing-authorization-header|invalid-refresh-token|session-expired|invalid-credentials|account-locked|too-many-login-attempts|email-not-verified)$/

/**
 * bkend's code for a Nest-style name (`ACCESS_TOKEN_EXPIRED`): the auth code above, or the
 * documented code that names a form field (`INVALID_EMAIL_FORMAT` is `auth/invalid-email-format`,
 * whose message goes on `email`); any other name is a `common/` code.
 */
function nestCode(name: string): string | undefined {
  const common = toCode('common', name)
  if (common === undefined) return undefined
  const tail = common.slice('common/'.length)
  if (AUTH_NAMES.test(tail)) return `auth/${tail}`
  const named = ['auth', 'file', 'user']
    .map((domain) => `${domain}/${tail}`)
    .find((code) => own<string>(bkendCodeFields, code) !== undefined)
  return named ?? common
}

/**
 * bkend's envelope: `{ success: false, error: { code: 'auth/invalid-credentials', message } }`.
 * A code that names a form field (`auth/invalid-email` names `email`) puts its message there.
 */
function decodeEnvelope(body: Record<string, unknown>): DecodedBody | undefined {
  const error = body.error
  if (body.success !== false || !isRecord(error)) return undefined
  const code = readDomainCode(error.code)
  if (code === undefined || code.length > 100) return undefined
  return {
    format: 'bkend',
    code,
    message: readString(error.message),
    field: own<string>(bkendCodeFields, code),
    retryAfterMs: readRetryAfterHint(error, body),
  }
}

/**
 * The Nest-style answer some bkend endpoints give:
 * `{ statusCode: 400, error: 'VALIDATION_ERROR', message: 'Required parameter is missing' }`,
 * where `message` may be a list (class-validator); its name becomes bkend's code (`nestCode`).
 * Plain Nest apps answer the same way with a reason phrase in `error` (`'Bad Request'`); that is
 * not a code, so the pipeline makes one.
 */
function decodeNest(body: Record<string, unknown>): DecodedBody | undefined {
  const error = readString(body.error)
  if (typeof body.statusCode !== 'number' || error === undefined) return undefined
  const status = readStatus(body.statusCode)
  if (status === undefined) return undefined
  const list = Array.isArray(body.message)
    ? firstItems(body.message)
        .map(readString)
        .filter((text) => text !== undefined)
    : undefined
  const message = list ? list.join('; ') || undefined : readString(body.message)
  const isCode = UPPER_SNAKE.test(error)
  if (message === undefined && !isCode) return undefined
  const code = isCode ? nestCode(error) : undefined
  return {
    format: 'bkend',
    code,
    field: code === undefined ? undefined : own<string>(bkendCodeFields, code),
    status,
    message: message ?? error,
    formErrors: list && list.length > 0 ? list : undefined,
    retryAfterMs: readRetryAfterHint(body),
  }
}

/**
 * Decodes bkend's two error shapes: its `{ success: false, error: { code, message } }` envelope
 * (the code is already `domain/name`) and the Nest-style `{ statusCode, error, message }`.
 */
export const bkendDecoder: ErrorDecoder = {
  name: 'bkend',
  decode(body) {
    if (!isRecord(body)) return undefined
    return decodeEnvelope(body) ?? decodeNest(body)
  },
}
