import type { ApiError } from '../ApiError.js'
import { isApiError } from '../isApiError.js'
import { decodeError } from './decodeError.js'
import { readThrown } from './thrown/readThrown.js'

/**
 * The `ApiError` of what an API call failed with: the kit's own, or an error of another known
 * HTTP client (axios, ky, ofetch...) decoded as `decodeError` does. `undefined` for anything else,
 * such as a `TypeError` of the app's own code, which is a bug to rethrow rather than to show.
 */
export function apiErrorOf(value: unknown): ApiError | undefined {
  if (isApiError(value)) return value
  let fromClient = false
  try {
    fromClient = readThrown(value) !== undefined
  } catch {
    // A hostile value (a throwing getter) is no client's error.
  }
  return fromClient ? decodeError(value) : undefined
}
