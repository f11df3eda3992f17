import { act, render, screen, waitFor } from '@testing-library/react'
import { useSyncExternalStore } from 'react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { useApiClient } from './useApiClient.js'
import { useApiQuery } from '../query/useApiQuery.js'

serveMockApi()

function Posts() {
  const posts = useApiQuery<{ items: { title: string }[] }>({
    queryKey: ['posts'],
    path: '/v1/data/posts',
  })
  return <p>{posts.data ? `${posts.data.items.length} posts` : 'loading'}</p>
}

/** The usual protected route: the page shows while the store has tokens, sign-in otherwise. */
function Protected() {
  const { tokens } = useApiClient()
  const signedIn = useSyncExternalStore(
    (listener) => tokens!.subscribe(listener),
    () => tokens!.get() !== undefined,
  )
  return signedIn ? <Posts /> : <p>Sign in</p>
}

// Regression: the client cleared its store before failing the waiting requests, the protected
// page unmounted, TanStack cancelled its fetches and reverted them to their old data, and the
// cancelled errors were skipped: the hub never heard of the end. onSessionExpired never ran, no
// toast said why the user was on the sign-in page, and the old user's posts stayed cached.
describe('ApiErrorProvider: the end of a session, heard from the client', () => {
  it('runs onSessionExpired once, tells the user once and leaves nothing of the old user', async () => {
    const session = vi.fn()
    const onSessionExpired = vi.fn()
    const { Wrapper, queryClient } = createApp({ channels: { session }, onSessionExpired })
    render(<Protected />, { wrapper: Wrapper })
    await screen.findByText('3 posts')
    backend.control.expireAllTokens()
    backend.control.failNextRefreshes(1)
    await act(async () => {
      await queryClient.refetchQueries()
    })
    await screen.findByText('Sign in')
    await waitFor(() => expect(onSessionExpired).toHaveBeenCalledTimes(1))
    expect(session).toHaveBeenCalledTimes(1)
    expect(session.mock.calls[0]![0].error.code).toBe('auth/invalid-refresh-token')
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(queryClient.getQueryData(['posts'])).toBeUndefined()
  })

  // Regression: with a token the server does not know (a backend reset, the dev mock after a
  // reload), the app showed "Sign in to continue" with Try again, which met the same 401.
  it('ends the session on a token the server refuses, once', async () => {
    const session = vi.fn()
    const banner = vi.fn()
    const onSessionExpired = vi.fn()
    const { Wrapper, queryClient } = createApp({
      channels: { session, banner },
      onSessionExpired,
    })
    render(<Protected />, { wrapper: Wrapper })
    await screen.findByText('3 posts')
    backend.control.reset()
    await act(async () => {
      await queryClient.refetchQueries()
    })
    await screen.findByText('Sign in')
    await waitFor(() => expect(onSessionExpired).toHaveBeenCalledTimes(1))
    expect(session).toHaveBeenCalledTimes(1)
    expect(banner).not.toHaveBeenCalled()
    expect(queryClient.getQueryData(['posts'])).toBeUndefined()
  })
})
