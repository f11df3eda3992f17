import type { ApiError } from './ApiError.js'

/**
 * True for the kinds of error a user fixes on the form itself, so that their message belongs on
 * the form even when no field is named: validation, conflict ("this email is taken") and
 * credential errors ("wrong password"). The same kinds the error hub routes to an attached form.
 */
export function isFormError(error: ApiError): boolean {
  return error.kind === 'validation' || error.kind === 'conflict' || error.kind === 'auth'
}
