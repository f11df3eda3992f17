import type { MockContext } from './context.js'
import { fail } from './respond.js'
import type { UserRecord } from './sessions.js'

/** The bearer token of a request, if its `Authorization` header has one. */
export function readBearer(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')
  return match?.[1]
}

/** The signed-in user of a request, or the 401 answer bkend gives. */
export function authenticate(ctx: MockContext): { user: UserRecord; sessionId: string } | Response {
  const header = ctx.request.headers.get('authorization')
  if (!header) {
    const message = 'Authorization header is missing.'
    return fail(ctx, { status: 401, code: 'auth/missing-authorization-header', message })
  }
  const token = readBearer(ctx.request)
  if (!token) {
    const message = 'Authorization header must be "Bearer <accessToken>".'
    return fail(ctx, { status: 401, code: 'auth/invalid-token-format', message })
  }
  const checked = ctx.state.sessions.verifyAccess(token)
  if (checked.ok) return checked.value
  const messages: Record<string, string> = {
    'auth/invalid-token-format': 'Invalid token format.',
    'auth/invalid-access-token': 'Invalid or expired access token.',
    'auth/access-token-expired': 'Access token has expired.',
    'auth/session-expired': 'Your session has expired. Please sign in again.',
  }
  const message = messages[checked.code] ?? 'Unauthorized.'
  return fail(ctx, { status: 401, code: checked.code, message })
}
