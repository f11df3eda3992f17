import { getHeader } from '../../utils/getHeader.js'
import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { readCode } from '../../utils/readCode.js'
import { createFieldCollector } from '../fieldPaths.js'
import type { DecodeContext, ErrorDecoder } from '../types.js'

const MEMBERS = ['status', 'code', 'title', 'detail', 'source']
const MAX_ITEMS = 200
/** The only members a JSON:API error document may have, which tells it from problem details. */
const TOP_LEVEL = new Set(['errors', 'meta', 'jsonapi', 'links'])

/** An object with a JSON:API error member (`isJsonApi` has ruled out GraphQL's `message`). */
const isErrorObject = (item: unknown): boolean =>
  isRecord(item) && MEMBERS.some((key) => key in item)

function isJsonApi(body: Record<string, unknown>, context: DecodeContext): boolean {
  if (!Array.isArray(body.errors) || body.errors.length === 0) return false
  if (Object.keys(body).some((key) => !TOP_LEVEL.has(key))) return false
  const items = body.errors.slice(0, MAX_ITEMS)
  // JSON:API error objects have no `message` member; GraphQL's always do.
  if (items.some((item) => isRecord(item) && 'message' in item)) return false
  const contentType = getHeader(context.headers, 'content-type') ?? ''
  return items.some(isErrorObject) || isRecord(body.jsonapi) || /vnd\.api\+json/i.test(contentType)
}

const WRAPPERS = ['/data/attributes', '/data/relationships', '/data']

/** `/data/attributes/address/city` -> `/address/city`, `/data` -> ``: the wrapper is no field. */
function stripPointer(pointer: string): string {
  const text = pointer.trim()
  for (const wrapper of WRAPPERS) {
    if (
      text.startsWith(wrapper) &&
      (text.length === wrapper.length || text[wrapper.length] === '/')
    )
      return text.slice(wrapper.length)
  }
  return text
}

/**
 * Decodes JSON:API's `{ errors: [{ status, code, title, detail, source }] }`. `source.pointer`
 * names the field (without `/data/attributes/` or `/data/relationships/`), `source.parameter`
 * the query parameter; an error that points nowhere is a form error. Status and code come from
 * the first error that has them.
 */
export const jsonApiDecoder: ErrorDecoder = {
  name: 'json-api',
  decode(body, context) {
    if (!isRecord(body) || !isJsonApi(body, context)) return undefined
    const items = (body.errors as unknown[]).slice(0, MAX_ITEMS).filter(isRecord)
    const collector = createFieldCollector()
    for (const item of items) {
      const text = readString(item.detail) ?? readString(item.title)
      const source = isRecord(item.source) ? item.source : {}
      const pointer = typeof source.pointer === 'string' ? stripPointer(source.pointer) : ''
      if (pointer !== '' && pointer !== '/') collector.add(pointer, text)
      else if (typeof source.parameter === 'string') collector.add(source.parameter, text)
      else collector.addForm(text)
    }
    const { fields, formErrors } = collector.result()
    const first = items[0] ?? {}
    let code: string | undefined
    let status: number | undefined
    for (const item of items) {
      code ??= readString(item.code)
      status ??= readStatus(item.status)
    }
    return {
      format: 'json-api',
      code: readCode('jsonapi', code),
      status,
      message: readString(first.detail) ?? readString(first.title),
      kind: fields ? 'validation' : undefined,
      fields,
      formErrors,
      retryAfterMs: readRetryAfterHint(body, first.meta),
    }
  },
}
