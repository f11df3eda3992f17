import { isRecord } from '../../utils/isRecord.js'
import { readRetryAfterHint } from '../../utils/readRetryAfterHint.js'
import { readString } from '../../utils/readString.js'
import { toCode } from '../../utils/toCode.js'
import { createFieldCollector, type FieldCollector } from '../fieldPaths.js'
import type { DecodedBody, ErrorDecoder } from '../types.js'
import { firstItems } from './firstItems.js'
import { hasOnlyKeys } from './hasOnlyKeys.js'

const MAX_DEPTH = 8
const MAX_VALUES = 2000
/** Members that mean another format (GraphQL, JSON:API, envelopes), never a serializer field. */
const FOREIGN = new Set(['error', 'errors', 'data'])
/** Members simplejwt adds next to `detail`. */
const DETAIL_MEMBERS = new Set(['detail', 'code', 'messages'])

/** What one walk shares: where messages go, and how many more values it may visit. */
interface Walk {
  collector: FieldCollector
  budget: number
}

/**
 * Walks serializer errors: lists hold messages (or, for list serializers, one error object per
 * item, `{}` for valid ones), objects hold fields. Returns false when the value has a shape
 * DRF never sends (a bare string, number or null where a list or object belongs). Depth and a
 * total budget bound the work, also for an object that refers to itself many times over.
 */
function walk(value: unknown, path: string, state: Walk, depth: number): boolean {
  if (depth > MAX_DEPTH || --state.budget < 0) return true
  if (Array.isArray(value)) {
    return firstItems(value).every((item: unknown, index) => {
      if (typeof item === 'string') return (state.collector.add(path, item), true)
      if (!isRecord(item) && !Array.isArray(item)) return false
      return walk(item, path === '' ? String(index) : `${path}.${index}`, state, depth + 1)
    })
  }
  if (!isRecord(value)) return false
  return firstItems(Object.keys(value)).every((key) => {
    // `non_field_errors` belongs to the object it sits in: the form, or a nested item.
    const child = key === 'non_field_errors' ? path : path === '' ? key : `${path}.${key}`
    return walk(value[key], child, state, depth + 1)
  })
}

function decodeDetail(body: Record<string, unknown>): DecodedBody | undefined {
  const detail = readString(body.detail)
  if (detail === undefined || !hasOnlyKeys(body, DETAIL_MEMBERS)) {
    return undefined
  }
  return {
    format: 'django',
    code: toCode('django', readString(body.code)),
    message: detail,
    retryAfterMs: readRetryAfterHint(body),
  }
}

/**
 * Decodes Django REST framework's errors: `{ detail: '...' }` (also simplejwt's `code`),
 * serializer errors `{ field: ['...'], non_field_errors: ['...'] }`, nested ones included
 * (`{ items: [{}, { price: ['...'] }] }` -> `items.1.price`), and top-level lists (`['...']`). It owns the plain
 * `{ detail: 'text' }` that FastAPI's `HTTPException` sends too: the two cannot be told apart.
 */
export const djangoDecoder: ErrorDecoder = {
  name: 'django',
  decode(body) {
    if (isRecord(body)) {
      if (typeof body.detail === 'string') return decodeDetail(body)
      if (Object.keys(body).some((key) => FOREIGN.has(key))) return undefined
    }
    // A list is walked too: a ValidationError raised in a view, or a list serializer's errors.
    const collector = createFieldCollector()
    if (!walk(body, '', { collector, budget: MAX_VALUES }, 0)) return undefined
    const { fields, formErrors } = collector.result()
    if (!fields && !formErrors) return undefined
    return { format: 'django', kind: 'validation', fields, formErrors }
  },
}
