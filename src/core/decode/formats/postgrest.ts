import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readString } from '../../utils/readString.js'
import { own } from '../../utils/own.js'
import { toCode } from '../../utils/toCode.js'
import type { ErrorKind } from '../../errorKinds.js'
import type { ErrorDecoder } from '../types.js'

/** A PostgreSQL SQLSTATE (`23505`, `22P02`) or a PostgREST code (`PGRST116`). */
const CODE = /^(?:[0-9A-Z]{5}|PGRST\d{3})$/

/** Well-known codes whose kind is clear without a status (a stored or realtime error). */
const KINDS: Readonly<Record<string, ErrorKind>> = {
  '23505': 'conflict', // unique_violation
  '23503': 'conflict', // foreign_key_violation
  '23502': 'validation', // not_null_violation
  '23514': 'validation', // check_violation
  '22P02': 'validation', // invalid_text_representation
  '22001': 'validation', // string_data_right_truncation
  '42501': 'permission', // insufficient_privilege (row-level security)
  PGRST116: 'not-found', // `.single()` found no row
  PGRST301: 'auth', // the JWT could not be decoded or has expired
}

/**
 * Decodes PostgREST's (and Supabase's) `{ code, message, details, hint }`. The code becomes
 * `postgrest/<code>` with a kind hint for well-known ones; `details` and `hint` describe the
 * database's view of the failure, so they go to `devMessage` only.
 */
export const postgrestDecoder: ErrorDecoder = {
  name: 'postgrest',
  decode(body) {
    if (!isRecord(body) || typeof body.code !== 'string' || !CODE.test(body.code)) return undefined
    if (typeof body.message !== 'string' || !('details' in body || 'hint' in body)) return undefined
    const details = readString(body.details)
    const hint = readString(body.hint)
    return {
      format: 'postgrest',
      code: toCode('postgrest', body.code),
      message: readString(body.message),
      devMessage:
        details && hint ? `${details}\nHint: ${hint}` : (details ?? (hint && `Hint: ${hint}`)),
      kind: own(KINDS, body.code),
      retryAfterMs: readRetryAfterHint(body),
    }
  },
}
