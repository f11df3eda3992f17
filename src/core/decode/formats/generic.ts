import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { toCode } from '../../utils/toCode.js'
import { addMembers } from '../addMembers.js'
import { createFieldCollector, type FieldCollector } from '../fieldPaths.js'
import type { ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'
import { readDomainCode } from './readDomainCode.js'

/** OAuth 2 error codes (RFC 6749): `invalid_grant`, `unauthorized_client`... */
const OAUTH_CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/
const MESSAGE_KEYS = ['message', 'error_description', 'detail', 'msg', 'title'] as const
const PATH_KEYS = ['field', 'path', 'param', 'name', 'property', 'pointer', 'loc'] as const
const TEXT_KEYS = ['message', 'msg', 'detail', 'reason', 'title', 'error'] as const

function first(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key]
  return undefined
}

function firstText(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const text = readString(record[key])
    if (text !== undefined) return text
  }
  return undefined
}

/** `errors: { email: ['...'] }`, `errors: ['...']` or `errors: [{ field, message }]`. */
function collectErrors(errors: unknown, collector: FieldCollector): void {
  addMembers(collector, errors)
  if (!Array.isArray(errors)) return
  // An item without a usable path goes to the form: the collector sends it there.
  for (const item of firstItems(errors)) {
    if (isRecord(item)) collector.add(first(item, PATH_KEYS), first(item, TEXT_KEYS))
    else collector.addForm(item)
  }
}

/**
 * The fallback for any object with a usable `message`, `error_description`, `detail`, `msg`,
 * `title` or `error` string (or `error.message`), plus a top-level `errors` map or list. A
 * `domain/name` in `code` is kept, and OAuth's `{ error: 'invalid_grant', error_description }`
 * becomes `oauth/invalid-grant`. Returns `undefined` when nothing usable is there, so the
 * pipeline can synthesise the error from the status.
 */
export const genericDecoder: ErrorDecoder = {
  name: 'generic',
  decode(body) {
    if (!isRecord(body)) return undefined
    const inner = isRecord(body.error) ? body.error : {}
    const errorText = readString(body.error)
    const collector = createFieldCollector()
    collectErrors(body.errors, collector)
    const { fields, formErrors } = collector.result()
    const message = firstText(body, MESSAGE_KEYS) ?? readString(inner.message) ?? errorText
    if (message === undefined && !fields && !formErrors) return undefined
    const oauth =
      errorText && OAUTH_CODE.test(errorText) && 'error_description' in body ? errorText : undefined
    return {
      format: 'generic',
      code:
        readDomainCode(body.code) ??
        readDomainCode(inner.code) ??
        readDomainCode(errorText) ??
        toCode('oauth', oauth),
      status: readStatus(body.status) ?? readStatus(body.statusCode),
      message,
      fields,
      formErrors,
      retryAfterMs: readRetryAfterHint(body, inner),
    }
  },
}
