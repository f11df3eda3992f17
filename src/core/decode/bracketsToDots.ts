const STOP = /[\]"']/g

/**
 * `items[0].name` -> `items.0.name`, `a['b']` -> `a.b`: each `[name]`, `['name']` or
 * `["name"]` becomes `.name`, as `text.replace(/\[["']?([^\]"']*)["']?\]/g, '.$1')` does. One
 * pass: the first `]` or quote after a `[` is found once and reused by the `[`s before it, so a
 * name of `'['.repeat(n)` costs n steps where the pattern took n².
 */
export function bracketsToDots(text: string): string {
  let result = ''
  let copied = 0
  let stop = -1 // the first `]`, `"` or `'` at or after the current name's start
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
    const quote = text[open + 1]
    const start = open + (quote === '"' || quote === "'" ? 2 : 1)
    if (stop < start) {
      STOP.lastIndex = start
      stop = STOP.exec(text)?.index ?? -1
      if (stop === -1) break
    }
    const close = text[stop] === ']' ? stop : text[stop + 1] === ']' ? stop + 1 : -1
    if (close === -1) continue
    result += `${text.slice(copied, open)}.${text.slice(start, stop)}`
    copied = close + 1
    open = close
  }
  return result + text.slice(copied)
}
