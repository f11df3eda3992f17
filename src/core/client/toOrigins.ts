/** The origins of `urls` (each an origin or any URL on it), parsed once; unparsable ones are left out. */
export function toOrigins(urls: readonly string[]): ReadonlySet<string> {
  const base = (globalThis as { location?: { href: string } }).location?.href
  const origins = new Set<string>()
  for (const url of urls) {
    try {
      origins.add(new URL(url, base).origin)
    } catch {
      // Not a URL: it trusts nothing.
    }
  }
  return origins
}
