import type { ApiError } from '../../ApiError.js'
import { isSessionEndError } from '../../isSessionEndError.js'

// bkend's 401 codes for a token it will not take (also in its Nest-style `common/` form), the
// codes of a session or refresh token that is over, and OAuth's `invalid_token` (RFC 6750).
const refusedToken =
  /^(?:auth|common)\/(?:invalid-access-token|invalid-token-format|unauthorized|missing-authorization-header|session-expired|token-expired|invalid-refresh-token)$|^oauth\/invalid-token$/

/**
 * The default of `auth.endsSessionOn`: true for a 401 that says the server does not take the
 * access token it was sent, which no refresh can fix (a token it does not know or cannot read, a
 * session it ended, a header a proxy dropped), and for a bare 401 with no code of its own. A 401
 * with another code (`auth/invalid-credentials` for a password check) keeps the session.
 */
export function isTokenRefused(error: ApiError): boolean {
  if (error.status !== 401) return false
  return error.code === 'http/401' || isSessionEndError(error) || refusedToken.test(error.code)
}
