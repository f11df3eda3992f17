import { authenticate } from '../authenticate.js'
import { readJsonObject, type MockContext } from '../context.js'
import { defaultCode } from '../defaultCode.js'
import { isEmail } from '../isEmail.js'
import { fail, ok } from '../respond.js'
import type { RouteDef } from '../router.js'

async function readCredentials(ctx: MockContext) {
  const body = (await readJsonObject(ctx)) ?? {}
  const email = typeof body.email === 'string' ? body.email.trim() : ''
  const password = typeof body.password === 'string' ? body.password : ''
  const name = typeof body.name === 'string' ? body.name : undefined
  const missing: Record<string, string> = {}
  if (email === '') missing.email = 'This value is required.'
  if (password === '') missing.password = 'This value is required.'
  if (Object.keys(missing).length > 0) {
    // Backstack's docs print this very answer for values the user left out.
    const message = 'Required values are missing.'
    return fail(ctx, { status: 400, code: 'data/validation-error', message, fields: missing })
  }
  if (isEmail(email)) return { email, password, name }
  const message = 'Enter a valid email address, e.g. user@example.com.'
  const fields = { email: message }
  return fail(ctx, { status: 400, code: 'auth/invalid-email-format', message, fields })
}

async function signUp(ctx: MockContext): Promise<Response> {
  const credentials = await readCredentials(ctx)
  if (credentials instanceof Response) return credentials
  const { email, password, name } = credentials
  if (password.length < 8) {
    const message = 'Password must be at least 8 characters long.'
    const fields = { password: message }
    return fail(ctx, { status: 400, code: 'auth/invalid-password-format', message, fields })
  }
  if (ctx.state.sessions.findUser(email)) {
    const message = 'This email is already registered. Sign in instead.'
    const fields = { email: message }
    return fail(ctx, { status: 409, code: 'auth/email-already-exists', message, fields })
  }
  const user = ctx.state.sessions.addUser(email, password, name)
  return ok(ctx.state.sessions.signIn(user), 201)
}

async function signIn(ctx: MockContext): Promise<Response> {
  const credentials = await readCredentials(ctx)
  if (credentials instanceof Response) return credentials
  const user = ctx.state.sessions.findUser(credentials.email)
  if (!user || user.password !== credentials.password) {
    // Word for word the body bkend's troubleshooting page prints, which apps may match on.
    const message = 'Invalid email or password'
    return fail(ctx, { status: 401, code: 'auth/invalid-credentials', message })
  }
  return ok(ctx.state.sessions.signIn(user))
}

async function refresh(ctx: MockContext): Promise<Response> {
  const { state } = ctx
  const counters = state.recorder.counters
  counters.refreshCalls += 1
  const forced = state.refreshFailures.shift()
  if (forced?.drop) return Response.error()
  if (forced) {
    const status = forced.status ?? 401
    const code =
      forced.code ?? (status === 401 ? 'auth/invalid-refresh-token' : defaultCode(status, 'auth'))
    return fail(ctx, { status, code, message: 'Mock refresh failure.' })
  }
  const body = await readJsonObject(ctx)
  if (typeof body?.refreshToken !== 'string' || body.refreshToken === '') {
    // The words of bkend's Nest-style example, which answers a missing parameter.
    const message = 'Required parameter is missing'
    const fields = { refreshToken: 'This value is required.' }
    return fail(ctx, { status: 400, code: 'data/validation-error', message, fields })
  }
  state.recorder.bump(counters.refreshTokensReceived, body.refreshToken)
  const result = state.sessions.refresh(body.refreshToken)
  if (result.ok) return ok(result.value)
  if (result.replay) {
    counters.refreshReplaysRejected += 1
    counters.sessionsRevoked += result.revoked ?? 0
  }
  const message =
    result.code === 'auth/token-expired'
      ? 'Refresh token has expired. Please sign in again.'
      : 'Invalid refresh token. Please sign in again.'
  return fail(ctx, { status: 401, code: result.code, message })
}

function signOut(ctx: MockContext): Response {
  const auth = authenticate(ctx)
  if (auth instanceof Response) return auth
  ctx.state.recorder.counters.sessionsRevoked += ctx.state.sessions.revokeSession(auth.sessionId)
  return ok({ signedOut: true })
}

function me(ctx: MockContext): Response {
  const auth = authenticate(ctx)
  if (auth instanceof Response) return auth
  const { id, email, name } = auth.user
  return ok({ id, email, name })
}

/** Email sign-up and sign-in, refresh with rotation and replay detection, sign-out, me. */
export const authRoutes: readonly RouteDef[] = [
  { method: 'POST', pattern: '/v1/auth/email/signup', handler: signUp },
  { method: 'POST', pattern: '/v1/auth/email/signin', handler: signIn },
  { method: 'POST', pattern: '/v1/auth/refresh', handler: refresh },
  { method: 'POST', pattern: '/v1/auth/signout', handler: signOut },
  { method: 'GET', pattern: '/v1/auth/me', handler: me },
]
