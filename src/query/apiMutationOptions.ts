import type { UseMutationOptions } from '@tanstack/react-query'
import type { ApiError } from '../core/ApiError.js'
import type { ApiClient, RequestOptions } from '../core/client/types.js'
import type { RouteMeta } from '../react/routing/channels.js'
import { FORM_META_KEY, type ServerErrorTarget } from './serverErrorTarget.js'
import { throwingApiErrors } from './throwingApiErrors.js'

/** Where a mutation sends its variables: `path` with `client`, or a `mutationFn` of your own. */
export type ApiMutationSource<TData, TVariables> =
  | {
      /** The client that sends the request (the one given to `ApiErrorProvider`). */
      client: ApiClient
      /** The HTTP method. @default 'POST' */
      method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
      /** The path, or a function of the variables (`(post) => '/v1/data/posts/' + post.id`). */
      path: string | ((variables: TVariables) => string)
      /** Request options (headers, an idempotency key...). @default {} */
      request?: Omit<RequestOptions, 'method' | 'body'>
      mutationFn?: never
    }
  | {
      /** A mutation function of your own: what it throws is decoded into an ApiError. */
      mutationFn: (variables: TVariables) => Promise<TData>
      client?: never
      method?: never
      path?: never
      request?: never
    }

/** Options of {@link apiMutationOptions}: TanStack's, with where to send and where field errors go. */
export type ApiMutationOptionsInput<TData, TVariables, TContext> = Omit<
  UseMutationOptions<TData, ApiError, TVariables, TContext>,
  'mutationFn' | 'meta'
> & {
  /** Where field errors go: `useServerErrors(form)` from `api-error-kit/form`. @default undefined */
  form?: ServerErrorTarget
  /** Routing overrides for this mutation's errors. @default undefined */
  meta?: RouteMeta
} & ApiMutationSource<TData, TVariables>

/**
 * The options of a mutation of the kit, made once and shared: its `mutationFn` (the variables sent
 * as the body to `path`, or your own function whose errors are decoded), its error type
 * (`ApiError`), its routing `meta` and the form that takes its field errors. Pass them to
 * `useMutation`, or to `queryClient.getMutationCache().build` and `useMutationState` filters by key.
 *
 * @example
 * const createPost = (form?: ServerErrorTarget) =>
 *   apiMutationOptions<Post, NewPost>({ client: api, mutationKey: ['posts', 'create'], path: '/v1/data/posts', form })
 * const save = useMutation(createPost(useServerErrors(form)))
 */
export function apiMutationOptions<TData = unknown, TVariables = void, TContext = unknown>(
  options: ApiMutationOptionsInput<TData, TVariables, TContext>,
): UseMutationOptions<TData, ApiError, TVariables, TContext> {
  const { client, method = 'POST', path, request, mutationFn, form, meta, ...rest } = options
  if (
    typeof mutationFn !== 'function' &&
    (typeof client?.request !== 'function' || path === undefined)
  ) {
    throw new TypeError(
      'apiMutationOptions needs a `client` and a `path`, or a `mutationFn` of your own; pass one of them.',
    )
  }
  return {
    ...rest,
    meta: form ? { ...meta, [FORM_META_KEY]: form } : meta,
    mutationFn:
      typeof mutationFn === 'function'
        ? throwingApiErrors(mutationFn)
        : (variables) =>
            client!.request<TData>(typeof path === 'function' ? path(variables) : path!, {
              ...request,
              method,
              body: variables,
            }),
  }
}
