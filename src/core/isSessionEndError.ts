import type { ApiError } from './ApiError.js'

const endedSessions = new WeakSet<ApiError>()

/** Marks the error a client ended a session with, whatever its code (a refresh that failed on the network). */
export function markSessionEnd(error: ApiError): void {
  endedSessions.add(error)
}

/**
 * True when the session is over and the user must sign in again: the codes that say the refresh
 * token itself is invalid or expired, and any error a client ended the session with (a refresh
 * that failed on the network, say). The error hub sends these to the session channel.
 */
export function isSessionEndError(error: ApiError): boolean {
  return (
    endedSessions.has(error) ||
    /^auth\/(?:invalid-refresh-token|session-expired|token-expired)$/.test(error.code)
  )
}
