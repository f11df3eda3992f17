/** How much of an HTML page is searched for its `<title>`: a page's head comes first. */
export const TITLE_SEARCH_CHARS = 65_536

const OPEN = /<title/gi

/**
 * The text of the first `<title …>text</title>` (1 to 200 characters, no markup inside) in the
 * first {@link TITLE_SEARCH_CHARS} characters of `html`, or `undefined`. One pass: the end of
 * each tag and the next `<` are found once and reused by the `<title`s that follow, so
 * `'<title'.repeat(n)` costs n steps, not n².
 */
export function readHtmlTitle(html: string): string | undefined {
  const text = html.length > TITLE_SEARCH_CHARS ? html.slice(0, TITLE_SEARCH_CHARS) : html
  let close = -1 // the first `>` after the current `<title`
  let next = -1 // the first `<` after that `>`
  OPEN.lastIndex = 0
  for (let open = OPEN.exec(text); open; open = OPEN.exec(text)) {
    const nameEnd = open.index + 6
    if (close < nameEnd) close = text.indexOf('>', nameEnd)
    if (close === -1) return undefined
    if (next <= close) next = text.indexOf('<', close + 1)
    if (next === -1) return undefined
    const length = next - close - 1
    if (length >= 1 && length <= 200 && text.slice(next, next + 8).toLowerCase() === '</title>') {
      return text.slice(close + 1, next)
    }
  }
  return undefined
}
