import { toHeaderMap } from '../../utils/headerMap.js'
import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { toCode } from '../../utils/toCode.js'
import { addMembers } from '../addMembers.js'
import { createFieldCollector, type FieldCollector } from '../fieldPaths.js'
import type { DecodeContext, ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'
import { readDomainCode } from './readDomainCode.js'

function isProblem(body: Record<string, unknown>, context: DecodeContext): boolean {
  const contentType = toHeaderMap(context.headers).get('content-type') ?? ''
  if (/^\s*application\/problem\+json\s*(?:;|$)/i.test(contentType)) return true
  const type = typeof body.type === 'string'
  const title = typeof body.title === 'string'
  const detail = typeof body.detail === 'string'
  const status = typeof body.status === 'number' && readStatus(body.status) !== undefined
  return (type && (title || detail || status)) || (title && (detail || status))
}

/** RFC 9457's `errors: [{ detail, pointer }]` and RFC 7807's `invalid-params: [{ name, reason }]`. */
function collectList(list: unknown, collector: FieldCollector): void {
  if (!Array.isArray(list)) return
  for (const item of firstItems(list)) {
    // No path, or a plain string: the collector sends the message to the form.
    if (isRecord(item)) {
      const message = item.detail ?? item.reason ?? item.message ?? item.title
      collector.add(item.pointer ?? item.name ?? item.field ?? item.parameter, message)
    } else collector.addForm(item)
  }
}

/** System.Text.Json names a path `$.items[0].name`; the `$` is the body itself (the form). */
const dropRoot = (key: string) => key.replace(/^\$\.?/, '')

/**
 * Decodes RFC 9457 (and RFC 7807) problem details: `type`, `title`, `status`, `detail`, and the
 * validation extensions `errors` and `invalid-params`/`invalid_params`. Recognised by the
 * `application/problem+json` content type or by its members. A `code` extension member is used
 * as the code; `instance` is a URI of this occurrence, not a message, and is left out.
 */
export const problemDetailsDecoder: ErrorDecoder = {
  name: 'problem-details',
  decode(body, context) {
    if (!isRecord(body) || !isProblem(body, context)) return undefined
    const collector = createFieldCollector()
    // ASP.NET Core's `ValidationProblemDetails`: `errors: { "Items[0].Name": ["..."] }`.
    addMembers(collector, body.errors, dropRoot)
    collectList(body.errors, collector)
    collectList(body['invalid-params'], collector)
    collectList(body.invalid_params, collector)
    const { fields, formErrors } = collector.result()
    const code = readString(body.code)
    return {
      format: 'problem-details',
      code: readDomainCode(code) ?? toCode('problem', code),
      status: readStatus(body.status),
      message: readString(body.detail) ?? readString(body.title),
      kind: fields || formErrors ? 'validation' : undefined,
      fields,
      formErrors,
      retryAfterMs: readRetryAfterHint(body),
    }
  },
}
