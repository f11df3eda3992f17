import { toCode } from '../core/utils/toCode.js'

const DOMAIN_CODE = /^[a-z][a-z0-9-]*\/[a-z0-9][\w.-]*$/i
const URI = /^(?:[a-z][a-z0-9+.-]*:|\/)/i

/**
 * The code an ApiError carries for a code as the API sends it: a `domain/name` code stays (lower
 * case, as the decoders keep it), a problem `type` URI becomes `domain/<its last segment>`, any
 * other code `domain/<kebab-case>`. `undefined` for `about:blank` and empty codes.
 */
export function toApiCode(raw: string, domain: string): string | undefined {
  if (raw === 'about:blank') return undefined
  if (DOMAIN_CODE.test(raw)) return raw.toLowerCase()
  const name = URI.test(raw)
    ? (raw.split(/[?#]/, 1)[0] ?? '').split(/[/:]/).filter(Boolean).pop()
    : raw
  return toCode(domain, name)
}
