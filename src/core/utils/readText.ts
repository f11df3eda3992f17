const MAX_TEXT = 2000

/**
 * Reads a message out of an untrusted value: a non-empty string, trimmed and capped in length,
 * or `undefined`. Numbers and booleans become text; objects and arrays do not.
 */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return undefined
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
}
