import type { ApiError } from './ApiError.js'
import { API_ERROR_BRAND } from './apiErrorBrand.js'

/**
 * True when `value` is an {@link ApiError}, also one made by another copy of the package
 * (the check reads a global brand, not only `instanceof`). With `code`, the code must match too.
 *
 * @example
 * if (isApiError(error, 'auth/access-token-expired')) await refresh()
 */
export function isApiError(value: unknown, code?: string): value is ApiError {
  if (typeof value !== 'object' || value === null) return false
  try {
    if ((value as Record<symbol, unknown>)[API_ERROR_BRAND] !== true) return false
    return code === undefined || (value as ApiError).code === code
  } catch {
    return false // a revoked proxy or a throwing getter is no ApiError
  }
}
