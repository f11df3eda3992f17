import { decodeErrorAsync } from '../core/decode/decodeErrorAsync.js'
import { wrapOnce } from './wrapOnce.js'

/**
 * The same function, but whatever it throws or rejects with is decoded into an `ApiError` first,
 * so `useQuery().error` is the `ApiError` its type promises even for a `queryFn` of your own. The
 * body another client left unread (ky's `HTTPError`, a thrown `Response`) is read for it.
 * Returns one wrapper per function, and a wrapper unchanged.
 */
export const throwingApiErrors = wrapOnce((fn) => async (...args) => {
  try {
    return await fn(...args)
  } catch (error) {
    throw await decodeErrorAsync(error)
  }
})
