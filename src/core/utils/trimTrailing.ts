/**
 * `text` without the copies of `char` (one character) at its end: `trimTrailing('a//', '/')` is
 * `'a'`. A loop, where `/\/+$/` would retry its run at every slash of `'/'.repeat(n) + 'x'`.
 */
export function trimTrailing(text: string, char: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === char) end--
  return text.slice(0, end)
}
