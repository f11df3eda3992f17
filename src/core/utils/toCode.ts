const MAX_DOMAIN = 32
const MAX_NAME = 64

const slug = (text: string, max: number): string =>
  text
    .trim()
    .slice(0, max * 2)
    // `invalidEmail` -> `invalid-Email`, so camelCase codes read like the rest.
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    // Runs of dashes are single by now.
    .replace(/^-|-$/g, '')

/**
 * Builds a `domain/name` code from a format's own code: kebab-case, lower-case, trimmed and
 * capped in length (`toCode('stripe', 'card_declined')` is `stripe/card-declined`). Returns
 * `undefined` when either part is empty or not a string or finite number.
 */
export function toCode(domain: string, name: unknown): string | undefined {
  const text =
    typeof name === 'string'
      ? name
      : typeof name === 'number' && Number.isFinite(name)
        ? String(name)
        : ''
  if (text === '') return undefined
  const head = slug(domain, MAX_DOMAIN)
  const tail = slug(text, MAX_NAME)
  return head && tail ? `${head}/${tail}` : undefined
}
