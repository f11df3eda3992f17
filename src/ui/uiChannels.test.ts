import { makeApiError } from './testUtils/makeApiError.js'
import { createToast } from './toast/toast.js'
import { createToastStore } from './toast/toastStore.js'
import { createUiChannels } from './uiChannels.js'

const notice = (retry?: () => void) => ({
  id: 'aek-1',
  error: makeApiError({ userMessage: 'Could not save.' }),
  channel: 'toast' as const,
  count: 1,
  source: 'mutation' as const,
  retry,
})

describe('createUiChannels', () => {
  test('shows toast-routed errors as error toasts with a Retry action when they can be retried', () => {
    const store = createToastStore()
    const retry = vi.fn()
    createUiChannels(createToast(store), { retryLabel: 'Retry' }).toast?.(notice(retry))
    const [item] = store.getSnapshot()
    expect(item).toMatchObject({ type: 'error', message: 'Could not save.' })
    expect(item?.action?.label).toBe('Retry')
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
})
