/**
 * True when every own key of `record` is in `allowed`: formats whose spec lists the only
 * members a body may have (GraphQL, JSON:API) are told from look-alikes this way.
 */
export function hasOnlyKeys(record: object, allowed: ReadonlySet<string>): boolean {
  for (const key of Object.keys(record)) if (!allowed.has(key)) return false
  return true
}
