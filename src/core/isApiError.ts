import type { ApiError } from './ApiError.js'
import { API_ERROR_BRAND } from './apiErrorBrand.js'
import type { ApiErrorFor, CodesOf, RegisteredCodeTable } from './codes/register.js'

/**
 * The type of {@link isApiError} for the codes of table `T`. To check the codes of a second API
 * beside the registered one, cast through `unknown`:
 * `const isBillingError = isApiError as unknown as IsApiError<BillingCodeTable>`.
 */
export interface IsApiError<T = RegisteredCodeTable> {
  /** True when `value` is an ApiError with this code; narrows its `code`, `kind` and `fields`. */
  <C extends CodesOf<T>>(value: unknown, code: C): value is ApiErrorFor<C, T>
  /** True when `value` is an ApiError. */
  (value: unknown): value is ApiError<CodesOf<T>>
}

/**
 * True when `value` is an {@link ApiError}, also one made by another copy of the package
 * (the check reads a global brand, not only `instanceof`). With `code`, the code must match too,
 * and the error is narrowed to it: a code your app did not register fails to compile.
 *
 * @example
 * if (isApiError(error, 'auth/access-token-expired')) await refresh()
 */
export const isApiError = function isApiError(value: unknown, code?: string): boolean {
  if (typeof value !== 'object' || value === null) return false
  try {
    if ((value as Record<symbol, unknown>)[API_ERROR_BRAND] !== true) return false
    return code === undefined || (value as ApiError).code === code
  } catch {
    return false // a revoked proxy or a throwing getter is no ApiError
  }
} as IsApiError
