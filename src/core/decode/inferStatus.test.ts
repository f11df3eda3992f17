import { bkendCodes } from './bkendCodes.js'
import { inferStatus } from './inferStatus.js'

describe('inferStatus', () => {
  it('uses the documented status of every bkend code, also where the name rule would differ', () => {
    for (const [code, status] of Object.entries(bkendCodes))
      expect(inferStatus(code, undefined)).toBe(status)
    expect(inferStatus('auth/invalid-credentials', undefined)).toBe(401)
    expect(inferStatus('auth/account-locked', undefined)).toBe(429)
  })

  it.each([
    ['storage/unauthorized-upload', 401],
    ['auth/invalid-token-signature', 401],
    ['auth/refresh-token-expired', 401],
    ['team/forbidden-action', 403],
    ['db/permission-denied-here', 403],
    ['file/access-denied-now', 403],
    ['billing/plan-not-found', 404],
    ['email/too-many-sends', 429],
    ['api/rate-limit-hit', 429],
    ['billing/card-declined', 400],
  ])('falls back to the name rule for unknown code %s', (code, status) => {
    expect(inferStatus(code, undefined)).toBe(status)
  })

  // Regression: Apollo's PERSISTED_QUERY_NOT_FOUND, sent with HTTP 200, became a 404.
  it('leaves the name rule alone when the format states the kind', () => {
    expect(inferStatus('graphql/persisted-query-not-found', 'unknown')).toBe(0)
    expect(inferStatus('graphql/access-denied', 'unknown')).toBe(0)
    expect(inferStatus('graphql/forbidden', 'permission')).toBe(403)
    expect(inferStatus('graphql/bad-user-input', 'validation')).toBe(400)
  })

  it('falls back to the kind, then to 0', () => {
    expect(inferStatus(undefined, 'permission')).toBe(403)
    expect(inferStatus(undefined, 'network')).toBe(0)
    expect(inferStatus(undefined, undefined)).toBe(0)
    expect(inferStatus('graphql/unauthenticated', 'auth')).toBe(401)
  })
})
