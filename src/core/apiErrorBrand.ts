/** The brand that lets two copies of the package recognise each other's errors. */
export const API_ERROR_BRAND: unique symbol = Symbol.for('api-error-kit.ApiError') as never
