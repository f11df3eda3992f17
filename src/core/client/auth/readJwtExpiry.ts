/** The `exp` claim of a JWT in epoch milliseconds, or `undefined` if the token is not a readable JWT. */
export function readJwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1]
  if (!payload || payload.length > 8192) return undefined
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const exp = (JSON.parse(json) as { exp?: unknown }).exp
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined
  } catch {
    return undefined
  }
}
