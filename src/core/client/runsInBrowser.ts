/**
 * True in a browser (a `window` and a `document`), where fetch follows redirects itself; false on
 * servers (Node, Deno, Bun, edge runtimes), where the client follows them by hand.
 */
export function runsInBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined'
}
