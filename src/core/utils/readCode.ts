import { toCode } from './toCode.js'

/** A code that is already `domain/name`, such as `auth/invalid-credentials`. */
export const DOMAIN_CODE = /^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9._-]*$/i

/** Keeps a format's code that is already `domain/name` (lower-cased), else builds one with `toCode`. */
export const readCode = (domain: string, code: string | undefined): string | undefined =>
  code && DOMAIN_CODE.test(code) ? code.toLowerCase() : toCode(domain, code)
