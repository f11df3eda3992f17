import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readString } from '../../utils/readString.js'
import { own } from '../../utils/own.js'
import { toCode } from '../../utils/toCode.js'
import type { ErrorKind } from '../../errorKinds.js'
import { normalizeFieldPath } from '../fieldPaths.js'
import type { ErrorDecoder } from '../types.js'
import { BACKSTACK_TYPES, isBackstackError } from './backstack.js'

/** Stripe's and OpenAI's error types that say what kind of failure it is without a status. */
const KINDS: Readonly<Record<string, ErrorKind>> = {
  authentication_error: 'auth',
  rate_limit_error: 'rate-limit',
  idempotency_error: 'conflict',
  api_error: 'server',
  server_error: 'server',
}

/**
 * True for Stripe's or OpenAI's inner error: a string `type` that is not one of Backstack's,
 * or a `param` member (OpenAI sends `param: null`).
 */
function isStripeError(error: unknown): error is Record<string, unknown> {
  if (isBackstackError(error) || !isRecord(error)) return false
  const typed = typeof error.type === 'string' && !BACKSTACK_TYPES.has(error.type)
  const hasParam = 'param' in error && (error.param === null || typeof error.param === 'string')
  const readable = typeof error.message === 'string' || typeof error.code === 'string'
  return (typed || hasParam) && readable && typeof error.code !== 'number'
}

/**
 * Decodes Stripe's and OpenAI's `{ error: { type, code, message, param } }`. The code becomes
 * `stripe/<code>` (or `stripe/<type>` when there is no code); `param` names the field.
 */
export const stripeDecoder: ErrorDecoder = {
  name: 'stripe',
  decode(body) {
    if (!isRecord(body) || !isStripeError(body.error)) return undefined
    const error = body.error
    const type = readString(error.type)
    const message = readString(error.message)
    // One field at most; a `param` that is no usable path (`__proto__`) names none.
    const field = typeof error.param === 'string' ? normalizeFieldPath(error.param) : undefined
    return {
      format: 'stripe',
      code: toCode('stripe', error.code) ?? toCode('stripe', type),
      message,
      // Stripe's docs: "For card errors, these messages can be shown to your users."
      userMessage: type === 'card_error' ? message : undefined,
      kind: own(KINDS, type),
      fields: field && message ? { [field]: [message] } : undefined,
      retryAfterMs: readRetryAfterHint(error, body),
    }
  },
}
