import type { ErrorKind } from '../errorKinds.js'
import { transportFailure } from './transportFailure.js'
import type { DecodedBody } from './types.js'

const NETWORK_MESSAGES =
  /failed to fetch|fetch failed|networkerror|load failed|network request failed|econnrefused|econnreset|socket hang up|other side closed|terminated/i

/** True for a thrown value that looks like an `Error` (also a `DOMException`, or an error from another realm). */
export function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true
  if (typeof value !== 'object' || value === null) return false
  const { name, message } = value as { name?: unknown; message?: unknown }
  return typeof name === 'string' && typeof message === 'string' && 'stack' in value
}

/**
 * Classifies an error thrown while making a request: an abort, a timeout, a network failure
 * (fetch's `TypeError`), or something else.
 */
export function decodeThrown(error: Error): DecodedBody & { kind: ErrorKind; code: string } {
  if (error.name === 'AbortError') return transportFailure('aborted', error.message)
  if (error.name === 'TimeoutError') return transportFailure('timeout', error.message)
  const cause = (error as { cause?: unknown }).cause
  const causeMessage = isErrorLike(cause) ? cause.message : ''
  const message = typeof error.message === 'string' ? error.message.slice(0, 2000) : ''
  if (error.name === 'TypeError' && NETWORK_MESSAGES.test(`${message} ${causeMessage}`))
    return transportFailure('network', message)
  return {
    format: 'error',
    kind: 'unknown',
    code: 'client/error',
    message: message || error.name || 'Unknown error',
  }
}
