import type { ApiError } from './ApiError.js'

/**
 * True for the codes that mean the session is over and the user must sign in again (the refresh
 * token itself is invalid or expired). The client ends the session on them; the error hub sends
 * them to the session channel.
 */
export function isSessionEndError(error: ApiError): boolean {
  return /^auth\/(invalid-refresh-token|session-expired|token-expired)$/.test(error.code)
}
