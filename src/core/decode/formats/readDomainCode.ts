import { readString } from '../../utils/readString.js'

/** A code that is already `domain/name`, such as `auth/invalid-credentials`. */
const DOMAIN_CODE = /^[a-z][a-z\d-]*\/[a-z\d][\w.-]*$/i

/**
 * A code the body already gives as `domain/name` (`auth/invalid-credentials`), lower-cased;
 * `undefined` for anything else, which the format then turns into its own code with `toCode`.
 */
export function readDomainCode(value: unknown): string | undefined {
  const text = readString(value)
  return text && DOMAIN_CODE.test(text) ? text.toLowerCase() : undefined
}
