import { ApiError } from '../../core/ApiError.js'
import { decodeError } from '../../core/decode/decodeError.js'
import { createErrorHub } from './createErrorHub.js'

const serverError = () =>
  new ApiError({
    status: 500,
    code: 'http/500',
    kind: 'server',
    type: 'system',
    message: 'm',
    userMessage: 'Something went wrong',
    format: 'empty',
  })
const sessionError = () =>
  new ApiError({
    status: 401,
    code: 'auth/invalid-refresh-token',
    kind: 'auth',
    type: 'user',
    message: 'm',
    userMessage: 'Sign in',
    format: 'bkend',
  })

describe('createErrorHub', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('routes each error to exactly one channel handler', () => {
    const toast = vi.fn()
    const banner = vi.fn()
    const hub = createErrorHub({ channels: { toast, banner } })
    hub.route(serverError(), { source: 'mutation' })
    expect(toast).toHaveBeenCalledTimes(1)
    expect(banner).not.toHaveBeenCalled()
    expect(toast.mock.calls[0]![0]).toMatchObject({
      channel: 'toast',
      count: 1,
      source: 'mutation',
    })
  })

  it('decodes what it is given', () => {
    const hub = createErrorHub()
    const notice = hub.route(new TypeError('Failed to fetch'), { source: 'mutation' })
    expect(notice?.error.kind).toBe('network')
  })

  it('merges the same error within the window into one notice with a count', () => {
    vi.useFakeTimers()
    const toast = vi.fn()
    const hub = createErrorHub({ channels: { toast }, mergeWindowMs: 3000 })
    const first = hub.route(serverError(), { source: 'mutation' })
    vi.advanceTimersByTime(1000)
    const second = hub.route(serverError(), { source: 'mutation' })
    expect(second?.id).toBe(first?.id)
    expect(second?.count).toBe(2)
    vi.advanceTimersByTime(3001)
    const third = hub.route(serverError(), { source: 'mutation' })
    expect(third?.id).not.toBe(first?.id)
    expect(third?.count).toBe(1)
  })

  it('announces a session that ended once, until it is reset', () => {
    const session = vi.fn()
    const hub = createErrorHub({ channels: { session } })
    for (let i = 0; i < 20; i++) hub.route(sessionError(), { source: 'query' })
    expect(session).toHaveBeenCalledTimes(1)
    hub.resetSession()
    hub.route(sessionError(), { source: 'query' })
    expect(session).toHaveBeenCalledTimes(2)
  })

  // Regression: after the session ended, every window-focus refetch failed with a 401 for want
  // of tokens, and each round was toasted or bannered over the sign-in the user was sent to.
  it('keeps a query 401 quiet after the session ended, until it is reset', () => {
    const session = vi.fn()
    const toast = vi.fn()
    const banner = vi.fn()
    const hub = createErrorHub({ channels: { session, toast, banner } })
    const missingToken = new ApiError({
      status: 401,
      code: 'auth/missing-authorization-header',
      kind: 'auth',
      type: 'user',
      message: 'm',
      userMessage: 'Please sign in.',
      format: 'bkend',
    })
    hub.route(sessionError(), { source: 'query' })
    expect(hub.route(missingToken, { source: 'query' })).toBeUndefined()
    expect(hub.route(missingToken, { source: 'query', hasData: true })).toBeUndefined()
    expect(toast).not.toHaveBeenCalled()
    expect(banner).not.toHaveBeenCalled()
    // What the user asked for still answers, and other failures of queries still show.
    expect(hub.route(missingToken, { source: 'mutation' })?.channel).toBe('toast')
    expect(hub.route(serverError(), { source: 'query' })?.channel).toBe('banner')
    hub.resetSession()
    expect(hub.route(missingToken, { source: 'query' })?.channel).toBe('banner')
    expect(session).toHaveBeenCalledTimes(1)
  })

  it('lets meta and a custom router override the default channel', () => {
    const toast = vi.fn()
    const banner = vi.fn()
    const hub = createErrorHub({
      channels: { toast, banner },
      route: (error) => (error.status === 418 ? 'banner' : undefined),
    })
    hub.route(serverError(), { source: 'mutation', meta: { errorChannel: 'banner' } })
    hub.route(serverError(), { source: 'mutation', meta: { errorChannel: () => 'silent' } })
    expect(banner).toHaveBeenCalledTimes(1)
    expect(toast).not.toHaveBeenCalled()
  })

  it('keeps the page-level error for readers and lets them dismiss it', () => {
    const hub = createErrorHub()
    const listener = vi.fn()
    hub.subscribe(listener)
    const notice = hub.route(serverError(), { source: 'query' })
    expect(hub.getPageError()).toBe(notice)
    hub.dismiss('another-id')
    expect(hub.getPageError()).toBe(notice)
    hub.dismiss(notice!.id)
    expect(hub.getPageError()).toBeUndefined()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  // Regression: the hub held one page-level error, so a banner that covered another and then went
  // (its query recovered) left the page with no error while the first query still had no data.
  it('shows a covered page-level error again when the one over it is resolved', () => {
    const hub = createErrorHub()
    const listener = vi.fn()
    hub.subscribe(listener)
    const forbidden = hub.route(decodeError({}, { status: 403 }), { source: 'query' })
    const failed = hub.route(serverError(), { source: 'query' })
    expect(hub.getPageError()).toBe(failed)
    hub.resolve(failed!.id)
    expect(hub.getPageError()).toBe(forbidden)
    expect(listener).toHaveBeenCalledTimes(3)
    // A covered notice that is resolved changes nothing on show.
    const again = hub.route(serverError(), { source: 'query' })
    hub.resolve(forbidden!.id)
    expect(hub.getPageError()).toBe(again)
    expect(listener).toHaveBeenCalledTimes(4)
    hub.resolve(again!.id)
    expect(hub.getPageError()).toBeUndefined()
  })

  // Regression: dismiss() took away the banner on show and the one under it took its place, so a
  // banner the user had just closed seemed to come straight back.
  it('takes the covered notices away with the one the user dismisses', () => {
    const hub = createErrorHub()
    const listener = vi.fn()
    hub.subscribe(listener)
    const forbidden = hub.route(decodeError({}, { status: 403 }), { source: 'query' })
    const missing = hub.route(decodeError({}, { status: 404 }), { source: 'query' })
    const failed = hub.route(serverError(), { source: 'query' })
    hub.dismiss(failed!.id)
    expect(hub.getPageError()).toBeUndefined()
    expect(listener).toHaveBeenCalledTimes(4)
    // With the id of a covered notice: that one and those under it; the one on show stays.
    const first = hub.route(decodeError({}, { status: 403 }), { source: 'query' })
    const second = hub.route(decodeError({}, { status: 404 }), { source: 'query' })
    const third = hub.route(serverError(), { source: 'query' })
    hub.dismiss(second!.id)
    expect(hub.getPageError()).toBe(third)
    hub.resolve(third!.id)
    expect(hub.getPageError()).toBeUndefined()
    expect([forbidden, missing, first].every(Boolean)).toBe(true)
  })

  it('clears every page-level error with dismiss() and no id', () => {
    const hub = createErrorHub()
    for (const status of [403, 404, 500])
      hub.route(decodeError({}, { status }), { source: 'query' })
    hub.dismiss()
    expect(hub.getPageError()).toBeUndefined()
    // Nothing to clear: no change to tell anyone about.
    const listener = vi.fn()
    hub.subscribe(listener)
    hub.dismiss()
    expect(listener).not.toHaveBeenCalled()
  })

  it('keeps the five latest page-level errors', () => {
    const hub = createErrorHub()
    const notices = [400, 403, 404, 409, 500, 502].map((status) =>
      hub.route(decodeError({}, { status }), { source: 'query' }),
    )
    for (const notice of notices.slice(1).reverse()) {
      expect(hub.getPageError()).toBe(notice)
      hub.resolve(notice!.id)
    }
    expect(hub.getPageError()).toBeUndefined()
  })

  // Regression: a 403 banner offered Try again, which could only fetch the same refusal.
  it('offers a retry only where another attempt may succeed', () => {
    const hub = createErrorHub()
    const retry = () => {}
    const offered = (status: number) =>
      hub.route(decodeError({}, { status }), { source: 'query', retry })?.retry !== undefined
    expect([403, 404, 400, 401, 409, 405].map(offered)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect([500, 503, 408, 429].map(offered)).toEqual([true, true, true, true])
    const network = hub.route(new TypeError('Failed to fetch'), { source: 'query', retry })
    expect(network?.retry).toBe(retry)
  })

  it('sends a notice to the latest attached handler of its channel, else to its own', () => {
    const own = vi.fn()
    const first = vi.fn()
    const second = vi.fn()
    const hub = createErrorHub({ channels: { toast: own } })
    const detachFirst = hub.attachChannels({ toast: first })
    const detachSecond = hub.attachChannels({ toast: second, banner: vi.fn() })
    hub.route(serverError(), { source: 'mutation' })
    expect(second).toHaveBeenCalledTimes(1)
    detachSecond()
    detachSecond()
    hub.route(new Error('a'), { source: 'mutation' })
    expect(first).toHaveBeenCalledTimes(1)
    detachFirst()
    hub.route(new Error('b'), { source: 'mutation' })
    expect(own).toHaveBeenCalledTimes(1)
  })

  // Regression: with the wall clock set back (a time sync), every repeat looked "within the
  // window" and was merged into the old notice until the clock caught up.
  it('does not merge a repeat after the clock was set back', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'))
    const toast = vi.fn()
    const hub = createErrorHub({ channels: { toast } })
    const first = hub.route(serverError(), { source: 'mutation' })
    vi.setSystemTime(new Date('2030-01-01T11:00:00Z'))
    const second = hub.route(serverError(), { source: 'mutation' })
    expect(second?.id).not.toBe(first?.id)
    expect(second?.count).toBe(1)
  })
})
