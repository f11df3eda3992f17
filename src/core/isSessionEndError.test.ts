import { decodeError } from './decode/decodeError.js'
import { isSessionEndError, markSessionEnd } from './isSessionEndError.js'

describe('isSessionEndError', () => {
  it.each(['auth/invalid-refresh-token', 'auth/session-expired', 'auth/token-expired'])(
    'is true for %s',
    (code) => {
      const error = decodeError({ success: false, error: { code, message: 'Sign in again.' } })
      expect(isSessionEndError(error)).toBe(true)
    },
  )

  it('is false for other codes, an expired access token among them', () => {
    for (const code of ['auth/access-token-expired', 'auth/unauthorized', 'network/failed']) {
      const error = decodeError({ success: false, error: { code, message: 'No.' } })
      expect(isSessionEndError(error)).toBe(false)
    }
  })

  it('is true for the error a client ended the session with, whatever its code', () => {
    const refreshFailure = decodeError(new TypeError('fetch failed'))
    const sameCode = decodeError(new TypeError('fetch failed'))
    markSessionEnd(refreshFailure)
    expect(isSessionEndError(refreshFailure)).toBe(true)
    expect(isSessionEndError(sameCode)).toBe(false)
  })
})
