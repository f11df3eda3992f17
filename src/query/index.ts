// TanStack Query integration: defaults that route errors and never multiply retries, typed hooks.
import './register.js'

export { createQueryClient } from './createQueryClient.js'
export type { CreateQueryClientOptions } from './createQueryClient.js'
export { apiQueryRetry } from './apiQueryRetry.js'
export { useApiQuery } from './useApiQuery.js'
export type { UseApiQueryOptions } from './useApiQuery.js'
export { useApiMutation } from './useApiMutation.js'
export type { UseApiMutationOptions } from './useApiMutation.js'
export { ApiErrorBoundary } from './ApiErrorBoundary.js'
export type { ServerErrorTarget } from './serverErrorTarget.js'
