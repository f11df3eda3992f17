/**
 * bkend's documented rule for the HTTP status of a `domain/name` code: `unauthorized|
 * invalid-token|token-expired` -> 401, `forbidden|permission-denied|access-denied` -> 403,
 * `not-found` -> 404, `too-many|rate-limit` -> 429, anything else -> 400.
 */
export function statusFromCodeName(code: string): number {
  if (/unauthorized|invalid-token|token-expired/.test(code)) return 401
  if (/forbidden|permission-denied|access-denied/.test(code)) return 403
  if (code.includes('not-found')) return 404
  if (/too-many|rate-limit/.test(code)) return 429
  return 400
}
