/**
 * A random version 4 UUID from `crypto.getRandomValues`, which browsers give to every page:
 * `crypto.randomUUID` exists only on https pages and localhost, not on an app served over plain
 * http on a local network.
 */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(31))
  let i = 0
  // Each 0 and 1 becomes a random hex digit; the 8 becomes the variant digit (8 to b).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (bytes[i++]! & (15 >> (+digit / 4)))).toString(16),
  )
}
