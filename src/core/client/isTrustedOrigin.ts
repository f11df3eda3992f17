/** True when `url` is on one of the `origins` (each given as an origin or any URL on it). */
export function isTrustedOrigin(url: URL, origins: readonly string[]): boolean {
  return origins.some((origin) => {
    try {
      return (
        new URL(origin, (globalThis as { location?: { href: string } }).location?.href).origin ===
        url.origin
      )
    } catch {
      return false
    }
  })
}
