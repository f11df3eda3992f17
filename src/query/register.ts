import type { ApiError } from '../core/ApiError.js'

// Importing `api-error-kit/query` makes `useQuery().error` and `useMutation().error` an ApiError
// everywhere: createQueryClient decodes whatever a query or mutation function throws, and the
// client throws nothing else.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}
