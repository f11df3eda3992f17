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

// The keys of an error itself. Only skipped on an error: elsewhere they are fields (a `type`
// select, a `message` textarea).
const OWN_KEYS = new Set(['type', 'message', 'types', 'ref'])

/**
 * Every error with a message in react-hook-form's nested `errors`, as a flat list in the
 * order react-hook-form holds them. Array roots (`items.root`) come before the rows.
 */
export function flattenErrors<TFieldValues extends FieldValues>(
  errors: FieldErrors<TFieldValues>,
): FlatError[] {
  const list: FlatError[] = []
  // A stack rather than recursion, so a very deep error tree cannot overflow the call stack.
  const stack: [node: unknown, path: string][] = [[errors, '']]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    const record = node as Record<string, unknown>
    const isError = typeof record.type === 'string'
    if (isError && typeof record.message === 'string' && record.message !== '') {
      list.push({ name: path, message: record.message, error: node as FieldError })
    }
    const children: [unknown, string][] = []
    const child = (key: string) => (path === '' ? key : `${path}.${key}`)
    if (Object.hasOwn(record, 'root')) children.push([record.root, child('root')])
    for (const key of Object.keys(record)) {
      if (key === 'root' || (isError && OWN_KEYS.has(key))) continue
      children.push([record[key], child(key)])
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return list
}
