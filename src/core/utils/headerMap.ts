import type { HeadersLike } from '../decode/types.js'

/** Headers read once by {@link toHeaderMap}: lower-case names, the first value of a list. */
export class HeaderMap extends Map<string, string> {}

/**
 * Reads headers of any shape once into a {@link HeaderMap} (one made here is returned as it is),
 * so decoding an error looks up its dozen headers (`Retry-After`, request ids...) without
 * scanning them a dozen times. Of names that differ only in case, the first wins.
 */
export function toHeaderMap(headers: HeadersLike | undefined): HeaderMap {
  if (headers instanceof HeaderMap) return headers
  const map = new HeaderMap()
  const add = (value: unknown, name: string) => {
    const first = Array.isArray(value) ? (value[0] as unknown) : value
    const lower = name.toLowerCase()
    if (typeof first === 'string' && !map.has(lower)) map.set(lower, first)
  }
  if (Array.isArray(headers)) {
    // fetch's `[name, value][]` form: not in the types, but apps pass what fetch takes.
    for (const pair of headers as unknown[])
      if (Array.isArray(pair) && typeof pair[0] === 'string') add(pair[1], pair[0])
  } else if (
    headers instanceof Map ||
    typeof (headers as Headers | undefined)?.forEach === 'function'
  ) {
    ;(headers as Headers).forEach(add)
  } else if (headers) {
    for (const name of Object.keys(headers)) add((headers as Record<string, unknown>)[name], name)
  }
  return map
}
