import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { addMembers } from '../addMembers.js'
import { createFieldCollector, type FieldCollector } from '../fieldPaths.js'
import type { ErrorType } from '../../ApiError.js'
import type { DecodedBody, ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'

/** Backstack's error types: who can fix the error. */
export const BACKSTACK_TYPES: ReadonlySet<unknown> = new Set<ErrorType>([
  'user',
  'codebase',
  'system',
])

/**
 * True for an object that carries Backstack's error data: a `type` of `user`, `codebase` or
 * `system` together with a numeric `code` or a `request_method`. Firebase and Stripe decoders
 * use it to leave such objects alone.
 */
export function isBackstackError(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    BACKSTACK_TYPES.has(value.type) &&
    ((typeof value.code === 'number' && readStatus(value.code) !== undefined) ||
      typeof value.request_method === 'string')
  )
}

/** The docs call `fields` an array but show an object; take both. */
function collectFields(fields: unknown, collector: FieldCollector): void {
  addMembers(collector, fields)
  if (!Array.isArray(fields)) return
  for (const item of firstItems(fields)) {
    if (!isRecord(item)) continue
    const name = item.field ?? item.name
    if (typeof name === 'string') collector.add(name, item.message ?? item.messages)
    else addMembers(collector, item)
  }
}

function decodeData(
  data: Record<string, unknown>,
  message: string | undefined,
  envelope: Record<string, unknown>,
): DecodedBody {
  const type = data.type as ErrorType
  const collector = createFieldCollector()
  collectFields(data.fields, collector)
  return {
    format: 'backstack',
    status: readStatus(data.code),
    type,
    message,
    // Backstack promises `message` is written for end users, with details only on `user`
    // errors; other types carry a generic sentence, so the catalog's wording is used instead.
    userMessage: type === 'user' ? message : undefined,
    // `dev_message` is for developers only: it never becomes `message` or `userMessage`.
    devMessage: readString(data.dev_message),
    // Backstack's docs: use it "to evaluate your response message" (a stored error has no request).
    requestMethod: readString(data.request_method),
    ...collector.result(),
    retryAfterMs: readRetryAfterHint(data, envelope),
  }
}

/**
 * Decodes Backstack's error object `{ error: { request_method, type, code, message, fields,
 * dev_message } }` and its newer envelope `{ success: false, message, payload: { app_id,
 * request_method, type, code, fields, dev_message } }`. `code` is the HTTP status.
 */
export const backstackDecoder: ErrorDecoder = {
  name: 'backstack',
  decode(body) {
    if (!isRecord(body)) return undefined
    if (isBackstackError(body.error)) {
      return decodeData(body.error, readString(body.error.message), body)
    }
    if (body.success !== true && isBackstackError(body.payload)) {
      const message = readString(body.message) ?? readString(body.payload.message)
      return decodeData(body.payload, message, body)
    }
    return undefined
  },
}
