import { readText } from '../utils/readText.js'
import { readHtmlTitle } from './readHtmlTitle.js'
import type { DecodedBody } from './types.js'

/** The most characters of a body we parse; longer text is treated as unreadable. */
export const MAX_BODY_CHARS = 2_000_000

/**
 * Reads a body that is text: JSON is parsed (`{ json }`), anything else becomes a body of its own
 * format: `empty`, `html` (a proxy's error page; the `<title>` in its first 64 kB kept as the message), `invalid-json`,
 * `too-large` or `text`.
 */
export function decodeText(text: string, contentType = ''): { json: unknown } | DecodedBody {
  const trimmed = text.trim()
  if (trimmed === '') return { format: 'empty' }
  if (text.length > MAX_BODY_CHARS)
    return { format: 'too-large', message: 'The error body was too large to read.' }
  const looksJson = /^[[{"]/.test(trimmed) || /json/i.test(contentType)
  if (looksJson) {
    try {
      return { json: JSON.parse(trimmed) as unknown }
    } catch {
      return {
        format: 'invalid-json',
        message: 'The server sent an error body that is not valid JSON.',
      }
    }
  }
  if (/^</.test(trimmed) || /html/i.test(contentType)) {
    const title = readText(readHtmlTitle(trimmed))
    return { format: 'html', message: title ?? 'The server sent an HTML error page.' }
  }
  return { format: 'text', message: readText(trimmed) }
}
