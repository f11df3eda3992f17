// TanStack Query integration: defaults that route errors and never multiply retries, typed hooks.

export { createQueryClient } from './createQueryClient.js'
export type { CreateQueryClientOptions } from './createQueryClient.js'
export { apiQueryRetry } from './apiQueryRetry.js'
export { useApiQuery } from './useApiQuery.js'
export type { UseApiQueryOptions } from './useApiQuery.js'
export { useApiMutation } from './useApiMutation.js'
export type { UseApiMutationOptions } from './useApiMutation.js'
export { apiQueryOptions } from './apiQueryOptions.js'
export type { ApiQueryOptions, ApiQueryOptionsInput, ApiQuerySource } from './apiQueryOptions.js'
export { apiInfiniteQueryOptions } from './apiInfiniteQueryOptions.js'
export type {
  ApiInfiniteQueryOptions,
  ApiInfiniteQueryOptionsInput,
} from './apiInfiniteQueryOptions.js'
export { apiMutationOptions } from './apiMutationOptions.js'
export type { ApiMutationOptionsInput, ApiMutationSource } from './apiMutationOptions.js'
export type { ApiErrorRegister, ApiMetaRegister } from './register.js'
export { ApiErrorBoundary } from './ApiErrorBoundary.js'
export type { ServerErrorTarget } from './serverErrorTarget.js'
