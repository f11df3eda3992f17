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

const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45

/**
 * Most paths are plain: names of `[A-Za-z0-9_-]` joined by dots (`users.0.email`) or a JSON
 * Pointer of such names (`#/profile/color`). This reads them in one pass, without the parser:
 * the dotted path, `undefined` for one with an unsafe segment, `null` for a path that is not plain.
 */
function readPlainPath(text: string): string | undefined | null {
  const pointer = text.startsWith('#/') ? 2 : text.startsWith('/') ? 1 : 0
  const separator = pointer ? 47 : 46 // '/' or '.'
  let start = pointer
  for (let index = pointer; index <= text.length; index++) {
    const c = index === text.length ? separator : text.charCodeAt(index)
    if (c !== separator) {
      if (!isNameChar(c)) return null
      continue
    }
    if (index === start) return null
    const length = index - start
    if ((length === 9 || length === 11) && UNSAFE.has(text.slice(start, index))) return undefined
    start = index + 1
  }
  return pointer ? text.slice(pointer).replaceAll('/', '.') : text
}

/**
 * Turns a server's name for a field into a react-hook-form dotted path: `items[0].name`,
 * `#/items/0/name`, `/items/0/name` and FastAPI's `["body", "items", 0, "name"]` all become
 * `items.0.name`. Returns `undefined` for an empty path or one with an unsafe segment
 * (`__proto__`, `constructor`, `prototype`), so nothing can reach an object's prototype.
 */
export function normalizeFieldPath(path: unknown): string | undefined {
  if (typeof path === 'string') {
    const plain = readPlainPath(path)
    if (plain !== null) return plain
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
