import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readString } from '../../utils/readString.js'
import { own } from '../../utils/own.js'
import { toCode } from '../../utils/toCode.js'
import type { ErrorKind } from '../../errorKinds.js'
import { createFieldCollector } from '../fieldPaths.js'
import type { ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'
import { hasOnlyKeys } from './hasOnlyKeys.js'

/**
 * Apollo's, Hasura's and the GraphQL ecosystem's common `extensions.code` values. Not
 * GRAPHQL_VALIDATION_FAILED: the query does not fit the schema, a bug of the app's, not input
 * the user can fix (Apollo Server 4 sends it with a 400, which makes it `validation` anyway).
 */
const KINDS: Readonly<Record<string, ErrorKind>> = {
  UNAUTHENTICATED: 'auth',
  FORBIDDEN: 'permission',
  BAD_USER_INPUT: 'validation',
  NOT_FOUND: 'not-found',
  INTERNAL_SERVER_ERROR: 'server',
  // Hasura's: an expired or bad JWT (`Could not verify JWT: JWTExpired`), a role not allowed.
  'invalid-jwt': 'auth',
  'access-denied': 'permission',
}
/** The spec allows only these members in a response, which tells GraphQL from look-alikes. */
const MEMBERS = new Set(['errors', 'data', 'extensions'])

/**
 * Decodes a GraphQL response's `errors: [{ message, locations, path, extensions: { code } }]`,
 * with or without `data`. The first `extensions.code` gives the code (`graphql/<code>`) and a
 * kind hint. Only `BAD_USER_INPUT` errors become field messages: the field is
 * `extensions.field` or Apollo's `extensions.argumentName`. `path` names the response field
 * that failed, never an input, so an error with neither is a form error.
 */
export const graphqlDecoder: ErrorDecoder = {
  name: 'graphql',
  decode(body) {
    if (!isRecord(body) || !Array.isArray(body.errors) || body.errors.length === 0) return undefined
    if (!hasOnlyKeys(body, MEMBERS)) return undefined
    const errors = firstItems(body.errors)
    // GraphQL errors never name a `field`: `{ errors: [{ field, message }] }` is a generic list.
    if (
      !errors.every(
        (item) => isRecord(item) && typeof item.message === 'string' && !('field' in item),
      )
    )
      return undefined
    const collector = createFieldCollector()
    let code: string | undefined
    for (const error of errors as Record<string, unknown>[]) {
      const extensions = isRecord(error.extensions) ? error.extensions : {}
      const own = readString(extensions.code)
      code ??= own
      if (own !== 'BAD_USER_INPUT') continue
      // No field: the collector sends the message to the form.
      collector.add(extensions.field ?? extensions.argumentName, error.message)
    }
    const { fields, formErrors } = collector.result()
    const first = errors[0] as Record<string, unknown>
    return {
      format: 'graphql',
      code: toCode('graphql', code),
      message: readString(first.message),
      // A code of its own says nothing of validation: without this, bkend's rule for unknown
      // `domain/name` codes would make it a 400 with the validation message.
      kind: own(KINDS, code) ?? 'unknown',
      fields,
      formErrors,
      retryAfterMs: readRetryAfterHint(first.extensions, body.extensions),
    }
  },
}
