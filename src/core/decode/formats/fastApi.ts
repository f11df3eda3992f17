import { isRecord } from '../../utils/isRecord.js'
import { createFieldCollector, LOCATIONS } from '../fieldPaths.js'
import type { ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'

const isIssue = (item: unknown): item is Record<string, unknown> =>
  isRecord(item) &&
  typeof item.msg === 'string' &&
  (Array.isArray(item.loc) || typeof item.type === 'string')

/**
 * Decodes FastAPI's validation answer (422): `{ detail: [{ loc, msg, type }] }`. `loc` becomes
 * the field path without its location (`["body", "items", 0, "name"]` -> `items.0.name`); an
 * issue about the whole body, or about JSON that did not parse, is a form error. The plain
 * `{ detail: 'text' }` of FastAPI's `HTTPException` is the same shape as Django REST framework's
 * and is decoded by `djangoDecoder`.
 */
export const fastApiDecoder: ErrorDecoder = {
  name: 'fastapi',
  decode(body) {
    if (!isRecord(body) || !Array.isArray(body.detail) || body.detail.length === 0) return undefined
    const items = firstItems(body.detail)
    if (!items.every(isIssue)) return undefined
    const collector = createFieldCollector()
    for (const item of items as Record<string, unknown>[]) {
      // Pydantic v1 names model-level checks `__root__`: they belong to the parent.
      const loc = Array.isArray(item.loc)
        ? item.loc.slice(0, 32).filter((segment) => segment !== '__root__')
        : []
      // `["body"]` is the whole body, `["body", 63]` the offset where its JSON stopped parsing.
      if (LOCATIONS.has(loc[0]) && loc.length < 3 && typeof loc[1] !== 'string') {
        collector.addForm(item.msg)
      } else collector.add(loc, item.msg)
    }
    const { fields, formErrors } = collector.result()
    return { format: 'fastapi', kind: 'validation', fields, formErrors }
  },
}
