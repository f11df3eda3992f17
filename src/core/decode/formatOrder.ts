/**
 * The built-in formats by name, in the order they are tried: most specific first, so the
 * `{ error: {...} }` look-alikes are told apart by their strict checks, and the generic fallback
 * last. `createDecoder` sorts any subset into this order, so a body of a chosen format is read
 * exactly as the all-formats `decodeError` reads it.
 */
export const FORMAT_ORDER: readonly string[] = [
  'bkend',
  'backstack',
  'firebase',
  'stripe',
  'problem-details',
  'json-api',
  'graphql',
  'postgrest',
  'laravel',
  'fastapi',
  'django',
  'generic',
]
