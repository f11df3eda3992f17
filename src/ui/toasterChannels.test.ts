import { createErrorHub } from '../react/routing/createErrorHub.js'
import { makeApiError } from './testUtils/makeApiError.js'
import { createToasterChannels, type ExternalToaster } from './toasterChannels.js'

const fakeToaster = () => ({ error: vi.fn<ExternalToaster['error']>() })

describe('createToasterChannels', () => {
  it("gives the app's toaster the userMessage, the notice's id, a Retry action and how to announce it", () => {
    const toaster = fakeToaster()
    const hub = createErrorHub({
      channels: createToasterChannels(toaster, { retryLabel: 'Retry' }),
    })
    const retry = vi.fn()
    const error = makeApiError({ userMessage: 'Could not save.', message: 'SQL syntax error' })
    const notice = hub.route(error, { source: 'mutation', retry })
    expect(toaster.error).toHaveBeenCalledWith('Could not save.', {
      id: notice?.id,
      action: { label: 'Retry', onClick: retry },
      politeness: 'assertive',
    })
  })

  it('passes the same id for a merged repeat, so the toaster updates one toast', () => {
    const toaster = fakeToaster()
    const hub = createErrorHub({ channels: createToasterChannels(toaster) })
    hub.route(makeApiError(), { source: 'mutation' })
    hub.route(makeApiError(), { source: 'mutation' })
    const [first, second] = toaster.error.mock.calls
    expect(second?.[1].id).toBe(first?.[1].id)
  })

  it('asks for polite announcements of failed refetches and validation errors', () => {
    const toaster = fakeToaster()
    const hub = createErrorHub({ channels: createToasterChannels(toaster) })
    hub.route(makeApiError(), { source: 'query', hasData: true })
    hub.route(makeApiError({ status: 400, kind: 'validation', code: 'x/invalid' }), {
      source: 'mutation',
      meta: { errorChannel: 'toast' },
    })
    expect(toaster.error.mock.calls.map(([, options]) => options.politeness)).toEqual([
      'polite',
      'polite',
    ])
  })

  it('shows a session that ended assertively', () => {
    const toaster = fakeToaster()
    const hub = createErrorHub({ channels: createToasterChannels(toaster) })
    hub.route(makeApiError({ status: 401, kind: 'auth', code: 'auth/session-expired' }), {
      meta: { errorChannel: 'session' },
    })
    expect(toaster.error).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ politeness: 'assertive' }),
    )
  })

  it('says what it needs when given something that is not a toaster', () => {
    expect(() => createToasterChannels({} as ExternalToaster)).toThrow(
      /error\(message, options\).*sonner/,
    )
  })
})
