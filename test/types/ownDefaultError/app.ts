// An app that registers a defaultError of its own and imports the whole query entry: it must
// compile (no TS2717), keep its own error on plain hooks and get ApiError from the kit's options.
import { useMutation, useQuery } from '@tanstack/react-query'
import type { ApiClient, ApiError } from '../../../src/core/index.js'
import {
  apiMutationOptions,
  apiQueryOptions,
  createQueryClient,
  useApiQuery,
  type ApiMetaRegister,
} from '../../../src/query/index.js'
import { createErrorHub } from '../../../src/react/index.js'

export class AppError extends Error {
  readonly fromApp = true
}

declare module '@tanstack/react-query' {
  interface Register extends ApiMetaRegister {
    defaultError: AppError
  }
}

declare const api: ApiClient

export const queryClient = createQueryClient({ hub: createErrorHub() })

export function usePage() {
  const plain = useQuery({ queryKey: ['plain'], queryFn: () => Promise.resolve(1) })
  const own: AppError | null = plain.error
  const posts = useQuery(apiQueryOptions<string[]>({ client: api, queryKey: ['p'], path: '/p' }))
  const fromKit: ApiError | null = posts.error
  const hook: ApiError | null = useApiQuery<string[]>({ queryKey: ['h'], path: '/h' }).error
  const save = useMutation(apiMutationOptions<string, string>({ client: api, path: '/s' }))
  const saveError: ApiError | null = save.error
  // @ts-expect-error meta is typed by ApiMetaRegister: 'popup' is no channel
  useQuery({ queryKey: ['m'], queryFn: () => 1, meta: { errorChannel: 'popup' } })
  return [own, fromKit, hook, saveError]
}
