import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readString } from '../../utils/readString.js'
import { own } from '../../utils/own.js'
import { toCode } from '../../utils/toCode.js'
import type { ErrorKind } from '../../errorKinds.js'
import type { ErrorDecoder } from '../types.js'

/** A PostgreSQL SQLSTATE (`23505`, `22P02`) or a PostgREST code (`PGRST116`). */
const CODE = /^(?:[\dA-Z]{5}|PGRST\d{3})$/

/** Well-known codes whose kind is clear without a status (a stored or realtime error). */
const KINDS: Readonly<Record<string, ErrorKind>> = {
  '23505': 'conflict', // unique_violation
  '23503': 'conflict', // foreign_key_violation
  '23502': 'validation', // not_null_violation
  '23514': 'validation', // check_violation
  '22P02': 'validation', // invalid_text_representation
  '22001': 'validation', // string_data_right_truncation
  '42501': 'permission', // insufficient_privilege (row-level security)
  // `.single()` found no row: PostgREST answers 406, but to the user it is a missing item.
  PGRST116: 'not-found',
}

/**
 * Decodes PostgREST's (and Supabase's) `{ code, message, details, hint }`. The code becomes
 * `postgrest/<code>` with a kind hint for well-known ones and, for PostgREST's own codes, the
 * status PostgREST sends with them (for a body kept without its response); `details` and `hint`
 * describe the database's view of the failure, so they go to `devMessage` only.
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
      // The status PostgREST sends with its `PGRSTgxx` codes (from its error reference): 406 for
      // a schema not exposed, an Accept it cannot give and `.single()` not given one row; 404 for
      // an unknown path, root, function or table; else by group `g`, 0 (connection) 503 and 3
      // (JWT) 401, while groups 1 and 2 get 400 from the code's shape. Kept this small for the
      // size budget: the rarer 300, 405, 416, 500 and 504 read as their group's status.
      status: /^PGRST1(?:0[67]|16)/.test(body.code)
        ? 406
        : /^PGRST(?:12[56]|20[25])/.test(body.code)
          ? 404
          : ({ 0: 503, 3: 401 } as Record<string, number>)[body.code[5]!],
      message: readString(body.message),
      devMessage:
        details && hint ? `${details}\nHint: ${hint}` : (details ?? (hint && `Hint: ${hint}`)),
      // Only PGRST116's details count rows. Several rows for `.single()` is a query that should
      // have been unique, a bug rather than a missing item: no kind then.
      kind: /(?<!\d)0*[1-9]\d* rows/.test(`${details}`) ? undefined : own(KINDS, body.code),
      retryAfterMs: readRetryAfterHint(body),
    }
  },
}
