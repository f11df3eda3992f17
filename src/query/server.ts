// What a React Server Component may use of `api-error-kit/query` (the `react-server` condition):
// a QueryClient to prefetch with before `HydrationBoundary`, and the boundary it may render.
import './register.js'

export { createQueryClient } from './createQueryClient.js'
export { apiQueryRetry } from './apiQueryRetry.js'
export { ApiErrorBoundary } from './ApiErrorBoundary.js'
