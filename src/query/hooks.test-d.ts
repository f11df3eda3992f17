import { useMutation, useQuery } from '@tanstack/react-query'
import { expectTypeOf } from 'vitest'
import type { ApiError } from '../core/ApiError.js'
import { useApiMutation } from './useApiMutation.js'
import { useApiQuery } from './useApiQuery.js'

interface Post {
  id: string
  title: string
}

describe('types', () => {
  it('makes the error of plain TanStack hooks an ApiError once the query entry is imported', () => {
    const query = useQuery({ queryKey: ['x'], queryFn: () => Promise.resolve(1) })
    expectTypeOf(query.error).toEqualTypeOf<ApiError | null>()
    const mutation = useMutation({ mutationFn: (n: number) => Promise.resolve(n) })
    expectTypeOf(mutation.error).toEqualTypeOf<ApiError | null>()
  })

  it('types useApiQuery data, select and error', () => {
    const posts = useApiQuery<Post[]>({ queryKey: ['posts'], path: '/v1/data/posts' })
    expectTypeOf(posts.data).toEqualTypeOf<Post[] | undefined>()
    expectTypeOf(posts.error).toEqualTypeOf<ApiError | null>()
    const count = useApiQuery<Post[], number>({
      queryKey: ['posts'],
      path: '/v1/data/posts',
      select: (list) => list.length,
    })
    expectTypeOf(count.data).toEqualTypeOf<number | undefined>()
  })

  it('types useApiMutation variables and result', () => {
    const create = useApiMutation<Post, { title: string }>({ path: '/v1/data/posts' })
    expectTypeOf(create.mutate).parameter(0).toEqualTypeOf<{ title: string }>()
    expectTypeOf(create.data).toEqualTypeOf<Post | undefined>()
    const update = useApiMutation<Post, Post>({
      method: 'PATCH',
      path: (post) => `/v1/data/posts/${post.id}`,
    })
    expectTypeOf(update.error).toEqualTypeOf<ApiError | null>()
    // @ts-expect-error a path function must take the variables' type
    useApiMutation<Post, Post>({ path: (id: number) => `/v1/data/posts/${id}` })
  })
})
