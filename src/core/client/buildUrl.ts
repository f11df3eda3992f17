import { trimTrailing } from '../utils/trimTrailing.js'

/** Query parameters; `undefined` values are left out, arrays repeat the key. */
export type QueryParams = Record<
  string,
  string | number | boolean | undefined | null | readonly (string | number | boolean)[]
>

/** Resolves `path` against `baseUrl` (keeping the base's own path) and adds the query parameters. */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): URL {
  // Only a URL with an authority is absolute: `users:search` is a path (a custom method).
  const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(path)
  const joined = absolute ? path : trimTrailing(baseUrl, '/') + '/' + path.replace(/^\/+/, '')
  // A relative baseUrl ('/api') resolves against the page, where there is one.
  const url = new URL(joined, (globalThis as { location?: { href: string } }).location?.href)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value])
      url.searchParams.append(key, String(item))
  }
  return url
}
