import { ApiError } from '../../core/ApiError.js'
import type { ErrorKind } from '../../core/errorKinds.js'
import { routeError } from './routeError.js'

const error = (kind: ErrorKind, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({
    status: 400,
    code: `test/${kind}`,
    kind,
    type: 'user',
    message: 'm',
    userMessage: 'u',
    format: 'test',
    ...extra,
  })

describe('routeError', () => {
  it('keeps aborted requests silent', () => {
    expect(routeError(error('aborted'), { source: 'query' })).toBe('silent')
  })

  it('sends a session that ended to the session channel', () => {
    for (const code of [
      'auth/invalid-refresh-token',
      'auth/session-expired',
      'auth/token-expired',
    ]) {
      expect(routeError(error('auth', { code }), { source: 'mutation', hasForm: true })).toBe(
        'session',
      )
    }
  })

  it('puts validation, conflict and credential errors on the form when one is attached', () => {
    expect(
      routeError(error('validation', { fields: { email: ['Taken'] } }), { hasForm: true }),
    ).toBe('field')
    expect(routeError(error('conflict'), { source: 'mutation', hasForm: true })).toBe('field')
    expect(routeError(error('auth', { code: 'auth/invalid-credentials' }), { hasForm: true })).toBe(
      'field',
    )
    expect(routeError(error('validation'), { source: 'mutation' })).toBe('toast')
  })

  it('counts down rate limits', () => {
    expect(routeError(error('rate-limit'), { source: 'query' })).toBe('countdown')
    expect(routeError(error('rate-limit'), { source: 'mutation', hasForm: true })).toBe('countdown')
  })

  it('shows permission and not-found errors in a banner', () => {
    expect(routeError(error('permission'), { source: 'mutation' })).toBe('banner')
    expect(routeError(error('not-found'), { source: 'query', hasData: true })).toBe('banner')
  })

  it('shows a query failure with nothing on screen in a banner, and over shown data in a toast', () => {
    expect(routeError(error('server'), { source: 'query', hasData: false })).toBe('banner')
    expect(routeError(error('server'), { source: 'query', hasData: true })).toBe('toast')
    expect(routeError(error('network'), { source: 'query', hasData: true })).toBe('toast')
  })

  it('toasts mutation failures: network, conflict and server errors', () => {
    expect(routeError(error('network'), { source: 'mutation' })).toBe('toast')
    expect(routeError(error('conflict'), { source: 'mutation' })).toBe('toast')
    expect(routeError(error('server'), { source: 'mutation' })).toBe('toast')
  })
})
