import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readString } from '../../utils/readString.js'
import { addMembers } from '../addMembers.js'
import { createFieldCollector } from '../fieldPaths.js'
import type { ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'

const isMessages = (value: unknown): boolean =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))

/**
 * Decodes Laravel's validation answer (422): `{ message, errors: { 'users.0.email': ['...'] } }`.
 * The keys are already dotted paths. Laravel's other errors (`{ message: 'Unauthenticated.' }`)
 * have no `errors` and are left to the generic decoder.
 */
export const laravelDecoder: ErrorDecoder = {
  name: 'laravel',
  decode(body) {
    if (!isRecord(body) || typeof body.message !== 'string' || !isRecord(body.errors)) {
      return undefined
    }
    const errors = body.errors
    const keys = firstItems(Object.keys(errors))
    if (keys.length === 0 || !keys.every((key) => isMessages(errors[key]))) return undefined
    const collector = createFieldCollector()
    addMembers(collector, errors)
    return {
      format: 'laravel',
      message: readString(body.message),
      kind: 'validation',
      ...collector.result(),
      retryAfterMs: readRetryAfterHint(body),
    }
  },
}
