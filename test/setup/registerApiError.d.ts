// The project's own code, tests and stories are written as an app that opts in to the kit's
// registration: `useQuery().error` is an ApiError and `meta.errorChannel` is typed everywhere.
import type { ApiErrorRegister, ApiMetaRegister } from '../../src/query/register.js'

declare module '@tanstack/react-query' {
  interface Register extends ApiErrorRegister, ApiMetaRegister {}
}
