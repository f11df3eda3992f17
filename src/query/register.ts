import type { ApiError } from '../core/ApiError.js'
import type { RouteMeta } from '../react/routing/channels.js'

/**
 * TanStack Query's `defaultError` as the kit makes it: with `createQueryClient`, every query and
 * mutation function (and `select`) throws an `ApiError`. Opt in by extending TanStack's `Register`
 * with it, in a `.d.ts` or any module of your app; an app that registers its own `defaultError`
 * leaves it out (the option factories and `useApiQuery` type their errors as `ApiError` anyway).
 *
 * @example
 * import type { ApiErrorRegister, ApiMetaRegister } from 'api-error-kit/query'
 * declare module '@tanstack/react-query' {
 *   interface Register extends ApiErrorRegister, ApiMetaRegister {}
 * }
 */
export interface ApiErrorRegister {
  /** The error of every query and mutation. */
  defaultError: ApiError
}

/**
 * TanStack Query's `queryMeta` and `mutationMeta` as the kit reads them: `errorChannel` routes a
 * call's errors (`useQuery({ meta: { errorChannel: 'toast' } })`), typed on plain `useQuery` and
 * `useMutation` once `Register` extends it. Other keys of your own stay allowed.
 *
 * @example
 * declare module '@tanstack/react-query' {
 *   interface Register extends ApiMetaRegister { defaultError: MyError }
 * }
 */
export interface ApiMetaRegister {
  /** The `meta` of every query. */
  queryMeta: RouteMeta
  /** The `meta` of every mutation. */
  mutationMeta: RouteMeta
}
