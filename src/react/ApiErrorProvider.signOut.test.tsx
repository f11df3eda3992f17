import { act, render, screen, waitFor } from '@testing-library/react'
import { useSyncExternalStore } from 'react'
import {
  cachedData,
  channelSpies,
  createApp,
  createSignedInClient,
  serveMockApi,
} from '../../test/support/mockApi.js'
import { fromBkendTokens } from '../core/client/auth/bkendAuth.js'
import { decodeError } from '../core/decode/decodeError.js'
import { useApiQuery } from '../query/useApiQuery.js'
import { useApiClient } from './useApiClient.js'
import { useApiError } from './useApiError.js'

serveMockApi()

/** Every email the profile showed, in order. */
let shown: string[] = []

function Profile() {
  const me = useApiQuery<{ email: string }>({ queryKey: ['me'], path: '/v1/auth/me' })
  if (me.data) shown.push(me.data.email)
  return <p>{me.data ? me.data.email : 'loading'}</p>
}

/** The usual protected route: the page shows while the store has tokens, sign-in otherwise. */
function Protected() {
  const { tokens } = useApiClient()
  const signedIn = useSyncExternalStore(
    (listener) => tokens!.subscribe(listener),
    () => tokens!.get() !== undefined,
  )
  return signedIn ? <Profile /> : <p>Sign in</p>
}

/** The layout's banner, above whichever page is on screen. */
function Banner() {
  const { error } = useApiError()
  return error ? <p role="alert">{error.userMessage}</p> : null
}

beforeEach(() => {
  shown = []
})

// Regression: a sign-out of the app (`api.tokens.clear()`) is no session end, so nothing dropped
// the old user's state: the next user to sign in on the tab saw the previous one's profile from
// the query cache, and the previous one's banner, until their own answers came.
describe('ApiErrorProvider: the app signs out in this tab', () => {
  it('drops the old user’s queries and page errors, announces nothing, and shows only the next user’s data', async () => {
    const spies = channelSpies()
    const onSessionExpired = vi.fn()
    const client = createSignedInClient()
    const { Wrapper, queryClient, hub } = createApp({
      client,
      channels: spies,
      onSessionExpired,
    })
    render(
      <>
        <Banner />
        <Protected />
      </>,
      { wrapper: Wrapper },
    )
    await screen.findByText('demo@example.com')
    // A page-level error of the old user, from something it did.
    act(() => void hub.route(decodeError({}, { status: 403 }), { source: 'other' }))
    expect(screen.getByRole('alert')).toBeTruthy()

    act(() => client.tokens!.clear())
    await screen.findByText('Sign in')
    expect(queryClient.getQueryData(['me'])).toBeUndefined()
    expect(cachedData(queryClient)).toEqual([])
    expect(screen.queryByRole('alert')).toBeNull()
    expect(hub.getPageError()).toBeUndefined()

    // The next user signs in on the same tab.
    const signUp = await client.post(
      '/v1/auth/email/signup',
      { email: 'bea@example.com', password: 'password123', name: 'Bea' },
      { auth: false, unwrap: false },
    )
    const before = shown.length
    act(() => client.tokens!.set(fromBkendTokens(signUp)))
    await screen.findByText('bea@example.com')
    expect(shown.slice(before)).not.toContain('demo@example.com')

    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(spies.session).not.toHaveBeenCalled()
    expect(spies.toast).not.toHaveBeenCalled()
    // Only the old user's own banner: the profile's fetch as the tab signed out (no token) is quiet.
    expect(spies.banner).toHaveBeenCalledTimes(1)
    expect(onSessionExpired).not.toHaveBeenCalled()
  })

  it('stops hearing the client’s sign-outs once unmounted', async () => {
    const client = createSignedInClient()
    const { Wrapper, queryClient, hub } = createApp({ client })
    const signOut = vi.fn()
    hub.onSignOut(signOut)
    const { unmount } = render(<Protected />, { wrapper: Wrapper })
    await screen.findByText('demo@example.com')
    unmount()
    client.tokens!.clear()
    expect(signOut).not.toHaveBeenCalled()
    expect(queryClient.getQueryData(['me'])).toMatchObject({ email: 'demo@example.com' })
  })
})
