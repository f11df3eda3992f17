import { skipToken, useMutation, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { createApp, serveMockApi } from '../../test/support/mockApi.js'
import { isApiError } from '../core/isApiError.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

// Regression: `error` is typed ApiError, but a plain Error thrown by a queryFn or mutationFn of
// your own reached it as is, so `error.userMessage` was undefined.
describe('createQueryClient: errors that are not ApiErrors', () => {
  it('gives useQuery and useMutation a decoded ApiError when a function throws a plain Error', async () => {
    const { Wrapper } = createApp()
    const { result } = renderHook(
      () => ({
        query: useQuery({
          queryKey: ['own'],
          queryFn: () => Promise.reject(new Error('queryFn broke')),
        }),
        mutation: useMutation({
          mutationFn: (): Promise<never> => {
            throw new Error('boom')
          },
        }),
      }),
      { wrapper: Wrapper },
    )
    result.current.mutation.mutate()
    await waitFor(() => expect(result.current.query.isError).toBe(true))
    await waitFor(() => expect(result.current.mutation.isError).toBe(true))
    expect(isApiError(result.current.query.error)).toBe(true)
    expect(typeof result.current.query.error?.userMessage).toBe('string')
    expect(isApiError(result.current.mutation.error)).toBe(true)
    expect(typeof result.current.mutation.error?.userMessage).toBe('string')
  })

  it('keeps skipToken and an ApiError as they are', async () => {
    const { Wrapper, queryClient } = createApp()
    expect(queryClient.defaultQueryOptions({ queryKey: ['x'], queryFn: skipToken }).queryFn).toBe(
      skipToken,
    )
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['missing'], path: '/v1/data/posts/nope' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.kind).toBe('not-found')
  })
})
