import { readText } from '../utils/readText.js'
import type { DecodedBody } from './types.js'

/** The most characters of a body we parse; longer text is treated as unreadable. */
export const MAX_BODY_CHARS = 2_000_000

/** How much of an HTML page is searched for its `<title>`: a page's head comes first. */
const TITLE_SEARCH_CHARS = 65_536
/**
 * The first `<title …>text</title>`. The tag's attributes stop at a `<`, so a search from one
 * `<title` never runs over the next: `'<title'.repeat(n)` costs n steps, where `[^>]*` took n².
 */
const TITLE = /<title[^<>]*>([^<]{1,200})<\/title>/i

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
    const title = readText(TITLE.exec(trimmed.slice(0, TITLE_SEARCH_CHARS))?.[1])
    return { format: 'html', message: title ?? 'The server sent an HTML error page.' }
  }
  return { format: 'text', message: readText(trimmed) }
}
