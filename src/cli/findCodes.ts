import { isRecord } from '../core/utils/isRecord.js'
import type { OpenApiDocument } from './readDocument.js'
import { resolveRef } from './resolveRef.js'

/** Where a body holds its code: member names, a number for an array item. */
export type CodePath = (string | number)[]

/** What one response declares: its codes as the API sends them, and where a body holds them. */
export interface FoundCodes {
  codes: Set<string>
  paths: Map<string, CodePath>
}

const CODE_KEYS = new Set(['code', 'error_code', 'errorCode'])
const MAX_DEPTH = 8

const strings = (values: unknown): string[] =>
  (Array.isArray(values) ? values : [values]).filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )

function add(found: FoundCodes, path: CodePath, values: string[]): void {
  found.paths.set(JSON.stringify(path), path)
  for (const value of values) found.codes.add(value)
}

/** The codes an example body holds at a code member (`type` too, in a problem). */
export function scanExample(
  found: FoundCodes,
  value: unknown,
  path: CodePath,
  problem: boolean,
): void {
  if (path.length > MAX_DEPTH) return
  if (Array.isArray(value)) return scanExample(found, value[0], [...path, 0], false)
  if (!isRecord(value)) return
  for (const [key, member] of Object.entries(value)) {
    if ((CODE_KEYS.has(key) || (problem && key === 'type')) && typeof member === 'string')
      add(found, [...path, key], [member])
    else scanExample(found, member, [...path, key], false)
  }
}

const isProblemSchema = (properties: Record<string, unknown>) =>
  'type' in properties && ('title' in properties || 'detail' in properties)

/**
 * Collects the codes a response schema declares: the `enum`, `const`, `example`, `examples` or
 * `default` of its `code` members (`error_code`, `errorCode` too) at any depth, a problem's `type`,
 * and the code members of its examples. `problem` says the media type is `application/problem+json`.
 */
export function findCodes(
  document: OpenApiDocument,
  schema: unknown,
  found: FoundCodes,
  problem: boolean,
  path: CodePath = [],
  open: Set<object> = new Set(),
): void {
  const node = resolveRef(document, schema)
  if (!isRecord(node) || path.length > MAX_DEPTH || open.has(node)) return
  open.add(node)
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const part of Array.isArray(node[key]) ? node[key] : [])
      findCodes(document, part, found, problem, path, open)
  const properties = resolveRef(document, node.properties)
  if (isRecord(properties)) {
    const problemHere = path.length === 0 && (problem || isProblemSchema(properties))
    for (const [name, member] of Object.entries(properties)) {
      const property = resolveRef(document, member)
      if (isRecord(property) && (CODE_KEYS.has(name) || (problemHere && name === 'type'))) {
        const values = [property.enum, property.const, property.example, property.examples]
          .concat(property.default)
          .flatMap(strings)
        if (values.length > 0 || property.type === 'string') add(found, [...path, name], values)
      } else findCodes(document, member, found, false, [...path, name], open)
    }
  }
  findCodes(document, node.items, found, false, [...path, 0], open)
  scanExample(found, node.example, path, problem)
  open.delete(node)
}
