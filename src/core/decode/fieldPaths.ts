import { readString } from '../utils/readString.js'

/** The request parts FastAPI names first in a `loc`; they are no field. */
export const LOCATIONS: ReadonlySet<unknown> = new Set([
  'body',
  'query',
  'path',
  'header',
  'cookie',
])
const UNSAFE_SEGMENT = /(?:^|\.)(?:__proto__|constructor|prototype)(?:\.|$)/
/**
 * `[name]`, `['name']` or `["name"]`. A name holds no `[`, so a match tried at one `[` never
 * runs over the next: `'['.repeat(n)` costs n steps, where a name of any character took n².
 */
const BRACKETS = /\[["']?([^\]"'[]*)["']?\]/g
/** Names of `[A-Za-z0-9_-]` joined by single dots: most paths, already in their final form. */
const PLAIN = /^[\w-]+(?:\.[\w-]+)*$/
/**
 * The longest field name read, in characters (before it is normalised). A form's paths are far
 * shorter; a longer one is dropped rather than cut, since a cut path could name another field.
 */
export const MAX_FIELD_PATH = 256

/**
 * Turns a server's name for a field into a react-hook-form dotted path: `items[0].name`,
 * `#/items/0/name`, `/items/0/name` and FastAPI's `["body", "items", 0, "name"]` all become
 * `items.0.name`. Returns `undefined` for an empty path, one over {@link MAX_FIELD_PATH}
 * (256) characters, or one with an unsafe segment (`__proto__`, `constructor`, `prototype`)
 * anywhere, also inside a JSON Pointer token or a `loc` item (`#/a.__proto__`), so nothing can
 * reach an object's prototype. Its cost is in proportion to the path's length.
 */
export function normalizeFieldPath(path: unknown): string | undefined {
  let text: string
  if (Array.isArray(path)) {
    const parts = path.filter((s) => typeof s === 'string' || typeof s === 'number')
    if (parts.length > 1 && LOCATIONS.has(parts[0])) parts.shift()
    text = parts.join('.')
  } else if (typeof path === 'string') {
    text = path.trim()
    if (text.length > MAX_FIELD_PATH) return undefined
    if (text.startsWith('#/') || text.startsWith('/')) {
      const tokens = text.slice(text.indexOf('/') + 1)
      text = tokens.includes('~')
        ? tokens
            .split('/')
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .join('.')
        : tokens.replaceAll('/', '.')
    } else if (text.includes('[')) {
      text = text.replace(BRACKETS, '.$1')
    }
  } else {
    return undefined
  }
  if (text.length > MAX_FIELD_PATH) return undefined
  // The dotted path is what react-hook-form walks, so it is the one checked for unsafe names.
  if (!PLAIN.test(text)) {
    text = text
      .split('.')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .join('.')
  }
  return text === '' || UNSAFE_SEGMENT.test(text) ? undefined : text
}

/** Collects field and form messages as decoders read them, keeping order and dropping repeats. */
export interface FieldCollector {
  /**
   * Adds `message` to the field at `path`; an unusable path (empty, unsafe, or over
   * {@link MAX_FIELD_PATH} characters) sends it to the form instead.
   */
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
