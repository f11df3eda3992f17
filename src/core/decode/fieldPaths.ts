import { readString } from '../utils/readString.js'

/** The request parts FastAPI names first in a `loc`; they are no field. */
export const LOCATIONS: ReadonlySet<unknown> = new Set([
  'body',
  'query',
  'path',
  'header',
  'cookie',
])
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype'])
const UNSAFE_SEGMENT = /(?:^|\.)(?:__proto__|constructor|prototype)(?:\.|$)/
// Most paths are plain names, dotted paths or JSON Pointers of plain names: they skip the parser.
const PLAIN_DOTTED = /^[\w-]+(?:\.[\w-]+)*$/
const PLAIN_POINTER = /^#?\/[\w-]+(?:\/[\w-]+)*$/

const safe = (dotted: string) => (UNSAFE_SEGMENT.test(dotted) ? undefined : dotted)

/**
 * Turns a server's name for a field into a react-hook-form dotted path: `items[0].name`,
 * `#/items/0/name`, `/items/0/name` and FastAPI's `["body", "items", 0, "name"]` all become
 * `items.0.name`. Returns `undefined` for an empty path or one with an unsafe segment
 * (`__proto__`, `constructor`, `prototype`), so nothing can reach an object's prototype.
 */
export function normalizeFieldPath(path: unknown): string | undefined {
  if (typeof path === 'string') {
    if (PLAIN_DOTTED.test(path)) return safe(path)
    if (PLAIN_POINTER.test(path))
      return safe(path.slice(path.indexOf('/') + 1).replaceAll('/', '.'))
  }
  let segments: string[]
  if (Array.isArray(path)) {
    segments = path.filter((s) => typeof s === 'string' || typeof s === 'number').map(String)
    if (segments.length > 1 && LOCATIONS.has(segments[0]!)) segments = segments.slice(1)
  } else if (typeof path === 'string') {
    const text = path.trim()
    if (text.startsWith('#/') || text.startsWith('/')) {
      segments = text
        .replace(/^#?\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    } else {
      segments = text.replace(/\[["']?([^\]"']*)["']?\]/g, '.$1').split('.')
    }
  } else {
    return undefined
  }
  segments = segments.map((s) => s.trim()).filter((s) => s !== '')
  if (segments.length === 0 || segments.some((s) => UNSAFE.has(s))) return undefined
  return segments.join('.')
}

/** Collects field and form messages as decoders read them, keeping order and dropping repeats. */
export interface FieldCollector {
  /** Adds `message` to the field at `path`; an unusable path sends it to the form instead. */
  add(path: unknown, message: unknown): void
  /** Adds a message that belongs to the whole form. */
  addForm(message: unknown): void
  /** The fields (or `undefined` when none) and form messages gathered so far. */
  result(): { fields: Record<string, string[]> | undefined; formErrors: string[] | undefined }
}

/** Creates a {@link FieldCollector}. Messages may be strings or arrays of strings. */
export function createFieldCollector(): FieldCollector {
  const fields: Record<string, string[]> = {}
  const formErrors: string[] = []
  let count = 0
  const push = (list: string[], message: unknown) => {
    for (const item of Array.isArray(message) ? message : [message]) {
      if (count >= 500) return
      const text = readString(item)
      if (text && !list.includes(text)) {
        list.push(text)
        count++
      }
    }
  }
  return {
    add(path, message) {
      const key = normalizeFieldPath(path)
      if (key === undefined) return push(formErrors, message)
      const list = Object.hasOwn(fields, key) ? fields[key]! : (fields[key] = [])
      push(list, message)
      if (list.length === 0) delete fields[key]
    },
    addForm(message) {
      push(formErrors, message)
    },
    result() {
      return {
        fields: Object.keys(fields).length > 0 ? fields : undefined,
        formErrors: formErrors.length > 0 ? formErrors : undefined,
      }
    },
  }
}
