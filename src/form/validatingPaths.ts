/**
 * The dotted paths react-hook-form marks in `validatingFields` (`email`, `items.1.price`): the
 * fields a validation run has begun on and not yet ended.
 */
export function validatingPaths(validatingFields: unknown): Set<string> {
  const paths = new Set<string>()
  // A stack rather than recursion: the tree is the form's, as deep as its values.
  const stack: [node: unknown, path: string][] = [[validatingFields, '']]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    if (node === true && path !== '') paths.add(path)
    if (typeof node !== 'object' || node === null) continue
    for (const [key, value] of Object.entries(node))
      stack.push([value, path === '' ? key : `${path}.${key}`])
  }
  return paths
}
