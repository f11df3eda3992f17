import { isRecord } from './isRecord.js'

const KEYS = ['retry_after', 'retryAfter'] as const

const readSeconds = (value: unknown): number | undefined => {
  const seconds =
    typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? Math.round(seconds * 1000)
    : undefined
}

/**
 * Reads a wait a body asks for (`retry_after` or `retryAfter`, in seconds, as a number or a
 * numeric string) from the first of `sources` that has a usable one, in milliseconds.
 * Negative and non-numeric values are ignored.
 */
export function readRetryAfterHint(...sources: unknown[]): number | undefined {
  for (const source of sources) {
    if (!isRecord(source)) continue
    for (const key of KEYS) {
      const ms = readSeconds(source[key])
      if (ms !== undefined) return ms
    }
  }
  return undefined
}
