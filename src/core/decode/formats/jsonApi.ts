import { toHeaderMap } from '../../utils/headerMap.js'
import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readStatus } from '../../utils/readStatus.js'
import { readString } from '../../utils/readString.js'
import { toCode } from '../../utils/toCode.js'
import { createFieldCollector } from '../fieldPaths.js'
import type { DecodeContext, ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'
import { hasOnlyKeys } from './hasOnlyKeys.js'
import { readDomainCode } from './readDomainCode.js'

const MEMBERS = ['status', 'code', 'title', 'detail', 'source']
/** The only members a JSON:API error document may have, which tells it from problem details. */
const TOP_LEVEL = new Set(['errors', 'meta', 'jsonapi', 'links'])
const WRAPPERS = ['/data/attributes', '/data/relationships', '/data']

/**
 * The error objects of a JSON:API document, or `undefined` when `body` is not one. Its items are
 * known by their members; a list of items that have none needs `jsonapi` or the media type.
 */
function readErrors(
  body: Record<string, unknown>,
  context: DecodeContext,
): Record<string, unknown>[] | undefined {
  if (!Array.isArray(body.errors) || body.errors.length === 0 || !hasOnlyKeys(body, TOP_LEVEL)) {
    return undefined
  }
  const items: Record<string, unknown>[] = []
  let known = false
  for (const item of firstItems(body.errors)) {
    if (!isRecord(item)) continue
    // JSON:API error objects have no `message` member; GraphQL's always do.
    if ('message' in item) return undefined
    known ||= MEMBERS.some((key) => key in item)
    items.push(item)
  }
  if (known || isRecord(body.jsonapi)) return items
  return /vnd\.api\+json/i.test(toHeaderMap(context.headers).get('content-type') ?? '')
    ? items
    : undefined
}

/** `/data/attributes/address/city` -> `/address/city`, `/data` -> ``: the wrapper is no field. */
function stripPointer(pointer: string): string {
  const text = pointer.trim()
  for (const wrapper of WRAPPERS) {
    if (text.startsWith(wrapper) && (text[wrapper.length] ?? '/') === '/') {
      return text.slice(wrapper.length)
    }
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
    const items = isRecord(body) ? readErrors(body, context) : undefined
    if (!items) return undefined
    const collector = createFieldCollector()
    let code: string | undefined
    let status: number | undefined
    for (const item of items) {
      const text = readString(item.detail) ?? readString(item.title)
      const source = isRecord(item.source) ? item.source : {}
      const pointer = typeof source.pointer === 'string' ? stripPointer(source.pointer) : ''
      // Pointing at nothing (`''`, `/`): the collector sends the message to the form.
      collector.add(pointer || source.parameter, text)
      code ??= readString(item.code)
      status ??= readStatus(item.status)
    }
    const { fields, formErrors } = collector.result()
    const first = items[0]
    return {
      format: 'json-api',
      code: readDomainCode(code) ?? toCode('jsonapi', code),
      status,
      message: first && (readString(first.detail) ?? readString(first.title)),
      kind: fields ? 'validation' : undefined,
      fields,
      formErrors,
      retryAfterMs: readRetryAfterHint(body, first?.meta),
    }
  },
}
