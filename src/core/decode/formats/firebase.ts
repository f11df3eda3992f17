import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { toCode } from '../../utils/toCode.js'
import { createFieldCollector } from '../fieldPaths.js'
import type { ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'

/** `EMAIL_EXISTS` or `WEAK_PASSWORD : Password should be at least 6 characters`. */
const TOKEN = /^([A-Z][A-Z0-9_]*)(?:\s*:|$)/

/**
 * True for a Google/Firebase inner error: a numeric HTTP `code` and a string `message`, and
 * nothing of Backstack's (`type`, `request_method`) or Stripe's (`param`).
 */
function isFirebaseError(error: unknown): error is Record<string, unknown> {
  return (
    isRecord(error) &&
    typeof error.code === 'number' &&
    readStatus(error.code) !== undefined &&
    typeof error.message === 'string' &&
    !('type' in error) &&
    !('request_method' in error) &&
    !('param' in error)
  )
}

/**
 * Decodes Firebase's (and Google APIs') `{ error: { code: 400, message: 'EMAIL_EXISTS',
 * errors: [...], status?, details? } }`. `code` is the HTTP status; an upper-case token at the start
 * of `message` becomes `firebase/<token>`, else the gRPC-style `status` (`INVALID_ARGUMENT`) does.
 * The field violations of a `google.rpc.BadRequest` in `details` become field messages.
 */
export const firebaseDecoder: ErrorDecoder = {
  name: 'firebase',
  decode(body) {
    if (!isRecord(body) || !isFirebaseError(body.error)) return undefined
    const error = body.error
    const message = readString(error.message)
    const collector = createFieldCollector()
    // google.rpc.BadRequest's `fieldViolations: [{ field: 'emailAddresses[1].email', description }]`.
    for (const detail of Array.isArray(error.details) ? firstItems(error.details) : [])
      if (isRecord(detail) && Array.isArray(detail.fieldViolations))
        for (const violation of firstItems(detail.fieldViolations))
          if (isRecord(violation)) collector.add(violation.field, violation.description)
    return {
      format: 'firebase',
      code:
        toCode('firebase', TOKEN.exec(message ?? '')?.[1]) ??
        toCode('firebase', readString(error.status)),
      status: readStatus(error.code),
      message,
      ...collector.result(),
      retryAfterMs: readRetryAfterHint(error, body),
    }
  },
}
