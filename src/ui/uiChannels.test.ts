import { makeApiError } from './testUtils/makeApiError.js'
import { createToast } from './toast/toast.js'
import { createToastStore } from './toast/toastStore.js'
import { createUiChannels } from './uiChannels.js'

const notice = (
  retry?: () => void,
  source: 'query' | 'mutation' | 'other' = 'mutation',
  error = makeApiError({ userMessage: 'Could not save.' }),
) => ({ id: 'aek-1', error, channel: 'toast' as const, count: 1, source, retry })

describe('createUiChannels', () => {
  test('shows toast-routed errors as error toasts with a Try again action when they can be retried', () => {
    const store = createToastStore()
    const retry = vi.fn()
    createUiChannels(createToast(store)).toast?.(notice(retry))
    const [item] = store.getSnapshot()
    expect(item).toMatchObject({ type: 'error', message: 'Could not save.' })
    expect(item?.action?.label).toBe('Try again')
    item?.action?.onClick()
    expect(retry).toHaveBeenCalledTimes(1)
  })

  test('no action without a retry; repeats merge into one notice', () => {
    const store = createToastStore()
    const channels = createUiChannels(createToast(store))
    channels.toast?.(notice())
    channels.toast?.(notice())
    expect(store.getSnapshot()).toHaveLength(1)
    expect(store.getSnapshot()[0]).toMatchObject({ count: 2, action: undefined })
  })

  test('a failure of what the user just did interrupts; a background refresh or a validation waits its turn', () => {
    const store = createToastStore()
    const channels = createUiChannels(createToast(store))
    channels.toast?.(notice(undefined, 'mutation'))
    channels.toast?.(notice(undefined, 'other', makeApiError({ userMessage: 'Offline.' })))
    // A query's error on the toast channel failed over data still shown: a refetch, a poll.
    channels.toast?.(notice(undefined, 'query', makeApiError({ userMessage: 'Stale.' })))
    const invalid = makeApiError({ kind: 'validation', status: 422, userMessage: 'Check it.' })
    channels.toast?.(notice(undefined, 'mutation', invalid))
    expect(store.getSnapshot().map((item) => [item.message, item.politeness])).toEqual([
      ['Could not save.', 'assertive'],
      ['Offline.', 'assertive'],
      ['Stale.', 'polite'],
      ['Check it.', 'polite'],
    ])
  })

  // Regression: uiChannels had no session handler, so a session that ended mid-task was neither
  // shown nor announced unless the app's onSessionExpired did something.
  test('tells the user at once that their session ended', () => {
    const store = createToastStore()
    const expired = makeApiError({
      kind: 'auth',
      status: 401,
      code: 'auth/invalid-refresh-token',
      userMessage: 'Your session has expired. Please sign in again.',
    })
    createUiChannels(createToast(store)).session?.({
      ...notice(),
      channel: 'session',
      error: expired,
    })
    expect(store.getSnapshot()).toMatchObject([
      {
        type: 'error',
        message: 'Your session has expired. Please sign in again.',
        politeness: 'assertive',
      },
    ])
  })

  test('offers Sign in on the session toast when the app gives a way there, and no Try again', () => {
    const store = createToastStore()
    const signIn = vi.fn()
    const expired = makeApiError({ kind: 'auth', status: 401, code: 'auth/session-expired' })
    const channels = createUiChannels(createToast(store), { signIn })
    channels.session?.({ ...notice(vi.fn()), channel: 'session', error: expired })
    const [item] = store.getSnapshot()
    expect(item?.action?.label).toBe('Sign in')
    item?.action?.onClick()
    expect(signIn).toHaveBeenCalledTimes(1)
    // Without it, the toast only says what happened: the app takes the user to sign in itself.
    const quiet = createToastStore()
    createUiChannels(createToast(quiet)).session?.({
      ...notice(vi.fn()),
      channel: 'session',
      error: expired,
    })
    expect(quiet.getSnapshot()[0]?.action).toBeUndefined()
  })
})
