import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form'

/** One error of a form, with its dotted path. */
export interface FlatError {
  /** The error's path: `email`, `items.2.price`, `items.root`, `root.server`. */
  name: string
  /** The error's message (every server message, joined). */
  message: string
  /** The error as react-hook-form holds it (with `ref` to focus the input). */
  error: FieldError
}

const OWN_KEYS = new Set(['type', 'message', 'types', 'ref', 'root'])

/**
 * Every error with a message in react-hook-form's nested `errors`, as a flat list in the
 * order react-hook-form holds them. Array roots (`items.root`) come before the rows.
 */
export function flattenErrors<TFieldValues extends FieldValues>(
  errors: FieldErrors<TFieldValues>,
): FlatError[] {
  const list: FlatError[] = []
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (
      typeof record.type === 'string' &&
      typeof record.message === 'string' &&
      record.message !== ''
    ) {
      list.push({ name: path, message: record.message, error: node as FieldError })
    }
    if ('root' in record) walk(record.root, path === '' ? 'root' : `${path}.root`)
    for (const key of Object.keys(record)) {
      if (OWN_KEYS.has(key)) continue
      walk(record[key], path === '' ? key : `${path}.${key}`)
    }
  }
  walk(errors, '')
  return list
}
