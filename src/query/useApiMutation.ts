'use client'

import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query'
import type { ApiError } from '../core/ApiError.js'
import type { RequestOptions } from '../core/client/types.js'
import type { RouteMeta } from '../react/routing/channels.js'
import { useApiClient } from '../react/useApiClient.js'
import { apiMutationOptions, type ApiMutationSource } from './apiMutationOptions.js'
import type { ServerErrorTarget } from './serverErrorTarget.js'

/** Options of {@link useApiMutation}: TanStack's, plus what to send. */
export interface UseApiMutationOptions<TData, TVariables, TContext = unknown> extends Omit<
  UseMutationOptions<TData, ApiError, TVariables, TContext>,
  'mutationFn' | 'meta'
> {
  /** The HTTP method. @default 'POST' */
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The path, or a function of the variables (`(post) => '/v1/data/posts/' + post.id`). */
  path?: string | ((variables: TVariables) => string)
  /** Request options (headers, an idempotency key...). */
  request?: Omit<RequestOptions, 'method' | 'body'>
  /** A mutation function of your own, instead of `path` (the variables are the body otherwise). */
  mutationFn?: (variables: TVariables) => Promise<TData>
  /** Where field errors go: `useServerErrors(form)` from `api-error-kit/form`. */
  form?: ServerErrorTarget
  /** Routing overrides for this mutation's errors. */
  meta?: RouteMeta
}

/**
 * `useMutation` bound to the provider's client: sends the variables as the body to `path`. Its
 * errors are routed by the query client's hub (a `form` takes field errors; everything else
 * goes to its channel), whatever `onError` you add.
 *
 * @example
 * const serverErrors = useServerErrors(form)
 * const signUp = useApiMutation<Session, SignUp>({ path: '/v1/auth/email/signup', form: serverErrors })
 * <form onSubmit={form.handleSubmit((values) => signUp.mutate(values))}>
 */
export function useApiMutation<TData = unknown, TVariables = void, TContext = unknown>(
  options: UseApiMutationOptions<TData, TVariables, TContext>,
): UseMutationResult<TData, ApiError, TVariables, TContext> {
  const client = useApiClient()
  const { method, path, request, mutationFn, ...rest } = options
  if (!mutationFn && path === undefined) {
    throw new TypeError('useApiMutation needs a `path` or a `mutationFn`; pass one of them.')
  }
  const source = mutationFn ? { mutationFn } : { client, method, path: path!, request }
  return useMutation<TData, ApiError, TVariables, TContext>(
    apiMutationOptions<TData, TVariables, TContext>({
      ...rest,
      ...(source as ApiMutationSource<TData, TVariables>),
    }),
  )
}
