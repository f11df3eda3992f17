import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { Profiler, useState } from 'react'
import {
  createApp,
  createSignedInClient,
  backend,
  serveMockApi,
  channelSpies,
} from '../../test/support/mockApi.js'
import { useApiError } from '../react/useApiError.js'
import { useApiMutation } from './useApiMutation.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

describe('createQueryClient: routing', () => {
  it('shows a query that fails with nothing on screen in a banner, readable with useApiError', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () => ({
        query: useApiQuery({ queryKey: ['secrets'], path: '/v1/data/secrets' }),
        page: useApiError(),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.query.isError).toBe(true))
    expect(result.current.query.error?.code).toBe('data/permission-denied')
    expect(channels.banner).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(result.current.page.error?.code).toBe('data/permission-denied'))
    expect(channels.toast).not.toHaveBeenCalled()
  })

  it('toasts a failed refetch over data already shown', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    backend.control.fault({ type: 'status', status: 500, times: Infinity })
    await result.current.refetch()
    await waitFor(() => expect(channels.toast).toHaveBeenCalledTimes(1))
    expect(channels.banner).not.toHaveBeenCalled()
    expect(result.current.data).toBeDefined()
  })

  it('toasts mutation failures, and a mutation onError of its own does not silence them', async () => {
    const channels = channelSpies()
    const ownOnError = vi.fn()
    const { Wrapper } = createApp({ channels })
    backend.control.fault({ type: 'status', status: 500, match: { method: 'POST' } })
    const { result } = renderHook(
      () => useApiMutation({ path: '/v1/data/posts', onError: ownOnError }),
      { wrapper: Wrapper },
    )
    result.current.mutate({ title: 'Hello' } as never)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(ownOnError).toHaveBeenCalledTimes(1)
    expect(channels.toast).toHaveBeenCalledTimes(1)
    expect(channels.toast.mock.calls[0]![0].error.kind).toBe('server')
  })

  it('sends field errors to the attached form and nowhere else', async () => {
    const channels = channelSpies()
    backend.control.setMode('backstack')
    const apply = vi.fn()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () =>
        useApiMutation({
          path: '/v1/auth/email/signup',
          form: { apply },
          request: { auth: false },
        }),
      {
        wrapper: Wrapper,
      },
    )
    result.current.mutate({ email: 'not-an-email', password: 'x' } as never)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(apply).toHaveBeenCalledTimes(1)
    expect(apply.mock.calls[0]![0].kind).toBe('validation')
    expect(channels.field).toHaveBeenCalledTimes(1)
    expect(channels.toast).not.toHaveBeenCalled()
  })

  it('toasts an error the attached form could not take, so nothing is lost', async () => {
    const channels = channelSpies()
    const apply = vi.fn(() => ({ handled: false }))
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () =>
        useApiMutation({
          path: '/v1/auth/email/signup',
          form: { apply },
          request: { auth: false },
        }),
      { wrapper: Wrapper },
    )
    result.current.mutate({ email: 'demo@example.com', password: 'password123' } as never)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(apply).toHaveBeenCalledTimes(1)
    expect(channels.toast).toHaveBeenCalledTimes(1)
    expect(channels.toast.mock.calls[0]![0].error.code).toBe('auth/email-already-exists')
  })

  it('counts down rate limits', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({
      channels,
      client: createSignedInClient({ retry: { maxRetryAfterMs: 100 } }),
    })
    backend.control.fault({ type: 'status', status: 429, headers: { 'retry-after': '30' } })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['todos'], path: '/v1/data/todos' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.retryAfterMs).toBe(30_000)
    expect(channels.countdown).toHaveBeenCalledTimes(1)
  })

  it('announces a session that ended once, however many queries it fails', async () => {
    const channels = channelSpies()
    const onSessionExpired = vi.fn()
    const { Wrapper } = createApp({ channels, onSessionExpired })
    backend.control.expireAllTokens()
    backend.control.failNextRefreshes(1)
    const { result } = renderHook(
      () =>
        [1, 2, 3, 4, 5].map((n) =>
          useApiQuery({
            queryKey: ['posts', n],
            path: '/v1/data/posts',
            request: { query: { page: n } },
          }),
        ),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true))
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(channels.session).toHaveBeenCalledTimes(1)
    expect(channels.toast).not.toHaveBeenCalled()
    expect(channels.banner).not.toHaveBeenCalled()
    expect(backend.stats.refreshCalls).toBe(1)
  })

  it('keeps aborted queries silent', async () => {
    const channels = channelSpies()
    const { Wrapper, queryClient } = createApp({ channels })
    backend.control.fault({ type: 'slow', delayMs: 500 })
    renderHook(() => useApiQuery({ queryKey: ['slow'], path: '/v1/data/posts' }), {
      wrapper: Wrapper,
    })
    // The cancelled query re-renders its component: inside act, as a user's click would be.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      await queryClient.cancelQueries({ queryKey: ['slow'] })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    for (const spy of Object.values(channels)) expect(spy).not.toHaveBeenCalled()
  })

  it('lets meta send one call to another channel', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () =>
        useApiQuery({
          queryKey: ['secrets'],
          path: '/v1/data/secrets',
          meta: { errorChannel: 'toast' },
        }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(channels.toast).toHaveBeenCalledTimes(1)
    expect(channels.banner).not.toHaveBeenCalled()
  })

  it('merges the same error repeated by several queries into one notice with a count', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () =>
        [1, 2, 3].map((n) => useApiQuery({ queryKey: ['secrets', n], path: '/v1/data/secrets' })),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true))
    const notices = channels.banner.mock.calls.map(
      ([notice]) => notice as { id: string; count: number },
    )
    expect(new Set(notices.map((notice) => notice.id)).size).toBe(1)
    expect(notices.at(-1)?.count).toBe(3)
  })
})

describe('createQueryClient: retries', () => {
  it('a persistent 503 costs the client attempts only (1 + 2 retries), not their product with the query retries', async () => {
    const { Wrapper } = createApp()
    backend.control.fault({
      type: 'status',
      status: 503,
      times: Infinity,
      match: { path: '/v1/data/todos' },
    })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['todos'], path: '/v1/data/todos' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 10_000 })
    expect(result.current.failureCount).toBe(1)
    expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(3)
  })

  it('does not retry a 4xx', async () => {
    const { Wrapper } = createApp()
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['missing'], path: '/v1/data/posts/nope' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.kind).toBe('not-found')
    expect(backend.stats.requestsByRoute['GET /v1/data/:table/:id']).toBe(1)
  })
})

describe('React behaviour', () => {
  it('in StrictMode, makes no duplicate notices or refreshes', async () => {
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels, strict: true })
    backend.control.expireAllTokens()
    const { result } = renderHook(
      () => ({
        posts: useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }),
        secrets: useApiQuery({ queryKey: ['secrets'], path: '/v1/data/secrets' }),
      }),
      { wrapper: Wrapper },
    )
    await waitFor(() =>
      expect(result.current.posts.isSuccess && result.current.secrets.isError).toBe(true),
    )
    expect(backend.stats.refreshCalls).toBe(1)
    expect(channels.banner).toHaveBeenCalledTimes(1)
  })

  it('routing an error re-renders no component that does not read errors', async () => {
    const renders: Record<string, number> = {}
    const onRender = (id: string) => {
      renders[id] = (renders[id] ?? 0) + 1
    }
    const { Wrapper, hub } = createApp()
    function Bystander() {
      const [value] = useState('still')
      return <p>{value}</p>
    }
    function Reader() {
      const { error } = useApiError()
      return <p>{error ? error.userMessage : 'no error'}</p>
    }
    render(
      <Wrapper>
        <Profiler id="bystander" onRender={onRender}>
          <Bystander />
        </Profiler>
        <Profiler id="reader" onRender={onRender}>
          <Reader />
        </Profiler>
      </Wrapper>,
    )
    const before = { ...renders }
    const { decodeError } = await import('../core/decode/decodeError.js')
    const { act } = await import('@testing-library/react')
    act(() => {
      hub.route(
        decodeError(
          { success: false, error: { code: 'data/permission-denied', message: 'No' } },
          { status: 403 },
        ),
        { source: 'query' },
      )
    })
    expect(await screen.findByText("You don't have permission to do that.")).toBeInTheDocument()
    expect(renders.bystander).toBe(before.bystander)
    expect(renders.reader).toBe((before.reader ?? 0) + 1)
  })
})
