import type { ApiError } from '../core/ApiError.js'

// Importing `api-error-kit/query` makes `useQuery().error` and `useMutation().error` an ApiError
// everywhere: the query cache routes every error through decodeError, and the client throws
// nothing else.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}
