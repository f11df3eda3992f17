import type { ApiError } from './ApiError.js'
import type { ErrorKind } from './errorKinds.js'
import { isApiError } from './isApiError.js'

const guard =
  (kind: ErrorKind) =>
  (value: unknown): value is ApiError =>
    isApiError(value) && value.kind === kind

/** True for an {@link ApiError} of kind `validation` (the user can fix the input). */
export const isValidationError = guard('validation')
/** True for an {@link ApiError} of kind `auth` (not signed in, or the token is bad). */
export const isAuthError = guard('auth')
/** True for an {@link ApiError} of kind `permission` (signed in, but not allowed). */
export const isPermissionError = guard('permission')
/** True for an {@link ApiError} of kind `not-found`. */
export const isNotFoundError = guard('not-found')
/** True for an {@link ApiError} of kind `conflict` (duplicate value, edit conflict). */
export const isConflictError = guard('conflict')
/** True for an {@link ApiError} of kind `rate-limit`; read `retryAfterMs` for the wait. */
export const isRateLimitError = guard('rate-limit')
/** True for an {@link ApiError} of kind `server` (5xx). */
export const isServerError = guard('server')
/** True for an {@link ApiError} of kind `network` (no response arrived). */
export const isNetworkError = guard('network')
/** True for an {@link ApiError} of kind `timeout`. */
export const isTimeoutError = guard('timeout')
/** True for an {@link ApiError} of kind `aborted` (the caller cancelled the request). */
export const isAbortedError = guard('aborted')
