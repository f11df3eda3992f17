import { decodeError } from '../../core/decode/decodeError.js'
import { expectUnhandledRejection } from '../../../test/support/unhandledRejection.js'
import { createErrorHub } from './createErrorHub.js'

const sessionError = () =>
  decodeError(
    { success: false, error: { code: 'auth/invalid-refresh-token', message: 'm' } },
    { status: 401 },
  )
const missingToken = () => decodeError({}, { status: 401 })
const channelSpies = () => ({ toast: vi.fn(), banner: vi.fn(), session: vi.fn() })

// The app's own sign-out: nothing of the old user's errors is left for the next user to see,
// and nothing is announced.
describe('createErrorHub: signOut', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('forgets the page-level errors of the old user, tells their readers once, announces nothing', () => {
    const spies = channelSpies()
    const hub = createErrorHub({ channels: spies })
    const forbidden = hub.route(decodeError({}, { status: 403 }), { source: 'query' })
    hub.route(decodeError({}, { status: 429 }), { source: 'query' })
    expect(hub.getPageError()?.channel).toBe('countdown')
    const listener = vi.fn()
    hub.subscribe(listener)
    hub.signOut()
    expect(hub.getPageError()).toBeUndefined()
    expect(listener).toHaveBeenCalledTimes(1)
    // Nothing covered comes back: resolving the old notice shows nothing.
    hub.resolve(forbidden!.id)
    expect(hub.getPageError()).toBeUndefined()
    // No page error left: a sign-out again has nothing to tell.
    hub.signOut()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(spies.session).not.toHaveBeenCalled()
    expect(spies.toast).not.toHaveBeenCalled()
  })

  it("keeps a query's 401 and a late session end quiet until the next sign-in, then announces the next end", () => {
    const spies = channelSpies()
    const onSessionEnd = vi.fn()
    const hub = createErrorHub({ channels: spies })
    hub.onSessionEnd(onSessionEnd)
    hub.signOut()
    // A private query still on screen refetches without a token; a refresh under way is refused.
    expect(hub.route(missingToken(), { source: 'query' })).toBeUndefined()
    expect(hub.route(sessionError(), { source: 'query' })).toBeUndefined()
    // A user's own action is still answered.
    expect(hub.route(missingToken(), { source: 'mutation' })?.channel).not.toBeUndefined()
    expect(spies.session).not.toHaveBeenCalled()
    hub.resetSession() // new tokens: the provider does this when the store fills again
    expect(hub.route(missingToken(), { source: 'query' })?.channel).toBe('banner')
    expect(hub.route(sessionError(), { source: 'query' })?.channel).toBe('session')
    expect(spies.session).toHaveBeenCalledTimes(1)
    expect(onSessionEnd).toHaveBeenCalledTimes(1)
  })

  it('does not merge the next user’s error into the old user’s notice', () => {
    vi.useFakeTimers()
    const hub = createErrorHub({ mergeWindowMs: 3000 })
    const old = hub.route(decodeError({}, { status: 500 }), { source: 'mutation' })
    hub.signOut()
    vi.advanceTimersByTime(1000)
    const next = hub.route(decodeError({}, { status: 500 }), { source: 'mutation' })
    expect(next?.id).not.toBe(old?.id)
    expect(next?.count).toBe(1)
  })

  it("has every set of channels forget what it shows, at a sign-out and before a session end's notice", () => {
    const order: string[] = []
    const own = { forget: () => void order.push('own forgets') }
    const hub = createErrorHub({ channels: own })
    hub.attachChannels({
      forget: () => void order.push('attached forgets'),
      session: () => void order.push('session shown'),
    })
    hub.route(decodeError({}, { status: 500 }), { source: 'mutation' })
    expect(order).toEqual([])
    hub.route(sessionError(), { source: 'query' })
    expect(order).toEqual(['own forgets', 'attached forgets', 'session shown'])
    hub.route(sessionError(), { source: 'query' }) // announced once, forgotten once
    hub.signOut()
    expect(order.slice(3)).toEqual(['own forgets', 'attached forgets'])
  })

  it('calls every onSignOut listener at each sign-out, even after one throws, until unsubscribed', async () => {
    const hub = createErrorHub()
    const first = vi.fn()
    const last = vi.fn()
    const stop = hub.onSignOut(first)
    hub.onSignOut(last)
    hub.signOut()
    hub.signOut()
    expect(first).toHaveBeenCalledTimes(2)
    expect(last).toHaveBeenCalledTimes(2)
    stop()
    const after = vi.fn()
    const reported = await expectUnhandledRejection(() => {
      hub.onSignOut(() => {
        throw new Error('cache gone')
      })
      hub.onSignOut(after)
      hub.signOut()
    })
    expect(reported).toMatchObject({ message: 'cache gone' })
    expect(after).toHaveBeenCalledTimes(1)
    expect(first).toHaveBeenCalledTimes(2)
    expect(last).toHaveBeenCalledTimes(3)
  })
})
