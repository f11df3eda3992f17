const ISOLATE_MARKS = /[\u2066-\u2069]/g
const PDI = '\u2069'

/**
 * Text that stays inside the element it is shown in (`<bdi>`, `dir="auto"`): isolate ends
 * (U+2069) that close no isolate the text opened are dropped, and isolates it leaves open are
 * closed. Browsers isolate an element by wrapping its text in an isolate of their own, so a stray
 * end would close the element's, and an open one would take the element's end as its own; either
 * way the server's U+202E could then reverse what follows (a toast's "×3"). One pass.
 */
export function balanceBidi(text: string): string {
  let open = 0
  const kept = text.replace(ISOLATE_MARKS, (mark) => {
    if (mark !== PDI) open++
    else if (open > 0) open--
    else return ''
    return mark
  })
  return kept + PDI.repeat(open)
}
