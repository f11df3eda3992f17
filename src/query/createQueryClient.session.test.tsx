import { focusManager } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { backend, cachedData, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { decodeError } from '../core/decode/decodeError.js'
import { createErrorHub } from '../react/routing/createErrorHub.js'
import { createQueryClient } from './createQueryClient.js'
import { useApiMutation } from './useApiMutation.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

const refocus = () =>
  act(() => {
    focusManager.setFocused(false)
    focusManager.setFocused(true)
  })

afterEach(() => {
  focusManager.setFocused(undefined)
})

// Regression: once the session ended, each window focus refetched every query without tokens,
// and their 401s were toasted on top of the sign-in the user had just been sent to.
describe('createQueryClient: after the session ended', () => {
  it('announces the end once and nothing for the refetches that follow on focus', async () => {
    const toast = vi.fn()
    const banner = vi.fn()
    const session = vi.fn()
    const onSessionExpired = vi.fn()
    const { Wrapper } = createApp({ channels: { toast, banner, session }, onSessionExpired })
    const { result } = renderHook(
      () =>
        [1, 2, 3].map((n) =>
          useApiQuery({
            queryKey: ['posts', n],
            path: '/v1/data/posts',
            request: { query: { page: n } },
          }),
        ),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true))
    backend.control.expireAllTokens()
    backend.control.failNextRefreshes(1)
    refocus()
    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true))
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    const requestsBefore = backend.stats.requestsByRoute['GET /v1/data/:table'] ?? 0
    refocus()
    await waitFor(() =>
      expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(requestsBefore + 3),
    )
    await waitFor(() => expect(result.current.every((query) => !query.isFetching)).toBe(true))
    expect(result.current[0]!.error?.status).toBe(401)
    expect(toast).not.toHaveBeenCalled()
    expect(banner).not.toHaveBeenCalled()
    expect(session).toHaveBeenCalledTimes(1)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })
})

describe('createQueryClient: the end of a session', () => {
  const ended = () =>
    decodeError(
      { success: false, error: { code: 'auth/invalid-refresh-token', message: 'm' } },
      { status: 401 },
    )

  it('empties the cache: no query or mutation of the signed-out user is left', async () => {
    const { Wrapper, queryClient, hub, client } = createApp()
    const { result } = renderHook(
      () => ({
        posts: useApiQuery<{ items: unknown[] }>({ queryKey: ['posts'], path: '/v1/data/posts' }),
        save: useApiMutation<unknown, { title: string }>({ path: '/v1/data/posts' }),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.posts.isSuccess).toBe(true))
    await act(() => result.current.save.mutateAsync({ title: 'Mine' }))
    queryClient.setQueryData(['profile'], { name: 'demo' })
    // As the client does: the tokens go, then the hub hears of it.
    client.tokens!.clear()
    act(() => void hub.route(ended(), { source: 'other' }))
    expect(queryClient.getQueryData(['profile'])).toBeUndefined()
    expect(cachedData(queryClient)).toEqual([])
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0)
    // A component still on screen drops the old user's data rather than showing it; its fetch
    // again, with no token, fails in silence.
    await waitFor(() => expect(result.current.posts.data).toBeUndefined())
    await waitFor(() => expect(result.current.posts.isFetching).toBe(false))
    expect(result.current.posts.data).toBeUndefined()
  })

  it('leaves the cache alone with clearOnSessionEnd: false', async () => {
    const hub = createErrorHub()
    const queryClient = createQueryClient({ hub, clearOnSessionEnd: false })
    queryClient.setQueryData(['profile'], { name: 'demo' })
    hub.route(ended(), { source: 'other' })
    expect(queryClient.getQueryData(['profile'])).toEqual({ name: 'demo' })
  })
})

describe('createQueryClient: a sign-out', () => {
  it('empties the cache when the hub hears of it, and not with clearOnSessionEnd: false', () => {
    const hub = createErrorHub()
    const cleared = createQueryClient({ hub })
    const kept = createQueryClient({ hub, clearOnSessionEnd: false })
    for (const queryClient of [cleared, kept]) {
      queryClient.setQueryData(['profile'], { name: 'demo' })
      void queryClient
        .getMutationCache()
        .build(queryClient, { mutationFn: async () => 'saved' })
        .execute(undefined)
    }
    hub.signOut()
    expect(cleared.getQueryData(['profile'])).toBeUndefined()
    expect(cleared.getMutationCache().getAll()).toHaveLength(0)
    expect(kept.getQueryData(['profile'])).toEqual({ name: 'demo' })
    expect(kept.getMutationCache().getAll()).toHaveLength(1)
  })
})

// Regression: a failed save's Try again, pressed after the user signed out and the next one
// signed in, sent the old user's save again with the new user's token.
describe('createQueryClient: a mutation retry after the session is over', () => {
  it('sends nothing once the cache let the mutation go, and sends it again before', async () => {
    const notices: Array<{ retry?: (() => void) | undefined }> = []
    const { Wrapper, client } = createApp({ channels: { toast: (notice) => notices.push(notice) } })
    const { result } = renderHook(
      () => useApiMutation<unknown, { title: string }>({ path: '/v1/data/posts' }),
      { wrapper: Wrapper },
    )
    backend.control.fault({ type: 'status', status: 500, times: Infinity })
    const posts = () => backend.stats.requestsByRoute['POST /v1/data/:table'] ?? 0
    act(() => result.current.mutate({ title: 'Hello' }))
    await waitFor(() => expect(notices).toHaveLength(1))
    expect(posts()).toBe(1)
    act(() => notices[0]!.retry!())
    await waitFor(() => expect(posts()).toBe(2))
    await waitFor(() => expect(notices).toHaveLength(2))

    act(() => client.tokens!.clear())
    act(() => notices[1]!.retry!())
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(posts()).toBe(2)
  })
})
