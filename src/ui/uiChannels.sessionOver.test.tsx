import { act, render, screen, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { fromBkendTokens } from '../core/client/auth/bkendAuth.js'
import { useApiMutation } from '../query/useApiMutation.js'
import { createToast } from './toast/toast.js'
import { createToastStore } from './toast/toastStore.js'
import { createUiChannels } from './uiChannels.js'

serveMockApi()

function AddPost() {
  const add = useApiMutation<unknown, { title: string }>({ path: '/v1/data/posts' })
  return (
    <button type="button" onClick={() => add.mutate({ title: 'Hello' })}>
      Add a post
    </button>
  )
}

/** The app as the user met it: a save failed with a 500, and its toast offers Try again. */
async function failedSave() {
  const store = createToastStore()
  const notify = createToast(store)
  const app = createApp({ channels: createUiChannels(notify) })
  render(<AddPost />, { wrapper: app.Wrapper })
  backend.control.fault({ type: 'status', status: 500, times: Infinity })
  act(() => screen.getByRole('button', { name: 'Add a post' }).click())
  await waitFor(() => expect(open(store)).toHaveLength(1))
  expect(open(store)[0]?.action?.label).toBe('Try again')
  return { ...app, store, notify }
}

const open = (store: ReturnType<typeof createToastStore>) =>
  store.getSnapshot().filter((item) => item.open)

// Regression: a failed save's toast outlived the session. The next user to sign in on the tab
// could press its Try again, and the old user's save was sent again with the new user's token.
describe('uiChannels when the session is over', () => {
  it('closes the old user’s toasts at a sign-out, and keeps the app’s own', async () => {
    const { client, store, notify } = await failedSave()
    notify.success('Signing you out…')
    act(() => client.tokens!.clear())
    expect(open(store).map((item) => item.message)).toEqual(['Signing you out…'])

    // The next user signs in: nothing of the old user's toasts can act for them.
    act(() => client.tokens!.set(fromBkendTokens(backend.control.signIn())))
    expect(open(store).map((item) => item.type)).toEqual(['success'])
  })

  it('closes the old user’s toasts when the session ends, and shows only that it ended', async () => {
    const { client, store } = await failedSave()
    backend.control.clearFaults()
    backend.control.revokeAllSessions()
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({ status: 401 })
    await waitFor(() => expect(open(store)).toHaveLength(1))
    expect(open(store)[0]).toMatchObject({ politeness: 'assertive', action: undefined })
    expect(open(store)[0]?.message).toMatch(/session/i)
  })
})
