import type { FieldError } from 'react-hook-form'

/**
 * The dotted path of `target` in react-hook-form's nested `errors` (`tags.1.name`), if it is still
 * there: a field array operation moves an error object along with its row.
 */
export function findErrorPath(errors: unknown, target: object): string | undefined {
  // A stack rather than recursion: the tree is the form's, as deep as its values.
  const stack: [unknown, string][] = [[errors, '']]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    if (node === target) return path
    if (typeof node !== 'object' || node === null || typeof (node as FieldError).type === 'string')
      continue
    for (const [key, value] of Object.entries(node))
      stack.push([value, path === '' ? key : `${path}.${key}`])
  }
  return undefined
}
