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

  it("closes the old user's toasts when the session is over, then shows the end", () => {
    const toaster = { ...fakeToaster(), dismiss: vi.fn<(id: string) => void>() }
    const hub = createErrorHub({ channels: createToasterChannels(toaster) })
    const saved = hub.route(makeApiError(), { source: 'mutation', retry: () => {} })
    const order: string[] = []
    toaster.dismiss.mockImplementation((id) => void order.push(`dismiss ${id}`))
    toaster.error.mockImplementation((_, { id }) => void order.push(`show ${id}`))
    const ended = hub.route(
      makeApiError({ status: 401, kind: 'auth', code: 'auth/session-expired' }),
      {
        meta: { errorChannel: 'session' },
      },
    )
    expect(order).toEqual([`dismiss ${saved?.id}`, `show ${ended?.id}`])
    hub.resetSession()
    hub.signOut()
    expect(toaster.dismiss).toHaveBeenLastCalledWith(ended?.id)
    expect(toaster.dismiss).toHaveBeenCalledTimes(2)
  })

  it('leaves the toasts to a toaster without dismiss', () => {
    const toaster = fakeToaster()
    const hub = createErrorHub({ channels: createToasterChannels(toaster) })
    hub.route(makeApiError(), { source: 'mutation' })
    expect(() => hub.signOut()).not.toThrow()
  })

  it('says what it needs when given something that is not a toaster', () => {
    expect(() => createToasterChannels({} as ExternalToaster)).toThrow(
      /error\(message, options\).*sonner/,
    )
  })
})
