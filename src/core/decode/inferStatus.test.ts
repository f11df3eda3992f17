import { bkendCodes, bkendStatusConflicts } from '../codes/bkendCodeTable.js'
import { decodeError } from './decodeError.js'
import { inferStatus } from './inferStatus.js'
import { kindFromStatus } from './kindFromStatus.js'

describe('inferStatus', () => {
  it('uses the documented status of every bkend code, also where the name rule would differ', () => {
    expect(Object.keys(bkendCodes).length).toBeGreaterThan(100)
    for (const [code, status] of Object.entries(bkendCodes))
      expect(inferStatus(code, undefined)).toBe(status)
    expect(inferStatus('auth/invalid-credentials', undefined)).toBe(401)
    expect(inferStatus('auth/account-locked', undefined)).toBe(429)
  })

  // Regression: these were guessed by the name rule (400) before the whole documented list was read.
  it.each([
    ['auth/mfa-required', 403],
    ['auth/account-banned', 403],
    ['file/bucket-not-configured', 500],
    ['auth/oauth-callback-failed', 500],
    ['auth/invitation-expired', 410],
    ['auth/email-not-verified', 403],
    ['auth/invalid-mfa-code', 401],
    ['auth/verification-token-not-found', 404],
    ['file/s3-key-already-exists', 409],
    ['file/too-large', 413],
    ['common/scope-insufficient', 403],
  ])('gives %s its documented status %i', (code, status) => {
    expect(inferStatus(code, undefined)).toBe(status)
  })

  it('keeps the API reference status where two pages disagree', () => {
    expect(bkendStatusConflicts).toEqual({
      'auth/invitation-expired': [410, 400],
      'auth/mfa-already-enabled': [409, 400],
    })
    for (const [code, [status]] of Object.entries(bkendStatusConflicts))
      expect(inferStatus(code, undefined)).toBe(status)
  })

  it('gives every documented bkend code its status and kind when decoded without a response', () => {
    for (const [code, status] of Object.entries(bkendCodes)) {
      const error = decodeError({ success: false, error: { code, message: 'stored' } })
      expect({ code: error.code, status: error.status, kind: error.kind }).toEqual({
        code,
        status,
        kind: kindFromStatus(status) ?? 'unknown',
      })
    }
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
