import { decodeError } from '../core/decode/decodeError.js'
import { wrapOnce } from './wrapOnce.js'

/**
 * The same `select`, but what it throws is decoded into an `ApiError` first, so
 * `useQuery().error` is the `ApiError` its type promises when a `select` of your own breaks.
 * Returns one wrapper per function (TanStack reruns `select` only when data or the function
 * changes), and a wrapper unchanged.
 */
export const selectingApiErrors = wrapOnce((select) => (...args) => {
  try {
    return select(...args)
  } catch (error) {
    throw decodeError(error)
  }
})
