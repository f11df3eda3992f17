import type { ContractHarness } from './harness.js'

function claimsOf(token: string) {
  const payload = token.split('.')[1] as string
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
}

/** Sign-up, sign-in, bearer checks, expiry, rotation and replay revocation. */
export function authContract(h: ContractHarness): void {
  it('signs up with a JWT-shaped access token that lives one hour', async () => {
    await h.start({ now: () => 1_700_000_000_000 })
    const { status, body } = await h.callJson('/v1/auth/email/signup', {
      body: { email: 'new@example.com', password: 'longenough', name: 'New' },
    })
    expect(status).toBe(201)
    expect(body.success).toBe(true)
    expect(body.data).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 })
    expect(body.data.refreshToken).toEqual(expect.any(String))
    const claims = claimsOf(body.data.accessToken)
    expect(claims).toMatchObject({ iat: 1_700_000_000, exp: 1_700_003_600 })
    expect(claims.sub).toEqual(expect.any(String))
    expect(claims.sid).toEqual(expect.any(String))
    expect(claims.jti).toEqual(expect.any(String))
    const me = await h.callJson('/v1/auth/me', { token: body.data.accessToken })
    expect(me.body.data).toMatchObject({ email: 'new@example.com', name: 'New' })
  })

  it('rejects bad sign-ups and sign-ins with bkend codes', async () => {
    await h.start()
    const signUp = (body: unknown) => h.callJson('/v1/auth/email/signup', { body })
    const badEmail = await signUp({ email: 'nope', password: 'longenough' })
    expect([badEmail.status, badEmail.body.error.code]).toEqual([400, 'auth/invalid-email-format'])
    const short = await signUp({ email: 'a@example.com', password: 'short' })
    expect([short.status, short.body.error.code]).toEqual([400, 'auth/invalid-password-format'])
    const taken = await signUp({ email: 'demo@example.com', password: 'longenough' })
    expect([taken.status, taken.body.error.code]).toEqual([409, 'auth/email-already-exists'])
    const wrong = await h.callJson('/v1/auth/email/signin', {
      body: { email: 'demo@example.com', password: 'wrong-password' },
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual({
      success: false,
      error: { code: 'auth/invalid-credentials', message: 'Invalid email or password' },
    })
  })

  it('answers each kind of bad bearer token with its own 401 code', async () => {
    await h.start()
    const codeFor = async (headers: Record<string, string>) => {
      const { status, body } = await h.callJson('/v1/data/posts', { headers })
      return `${status} ${body.error?.code}`
    }
    expect(await codeFor({})).toBe('401 auth/missing-authorization-header')
    expect(await codeFor({ authorization: 'Basic abc' })).toBe('401 auth/invalid-token-format')
    expect(await codeFor({ authorization: 'Bearer abc' })).toBe('401 auth/invalid-token-format')
    const { accessToken } = await h.signIn()
    const [header, , signature] = accessToken.split('.')
    const forged = `${header}.${Buffer.from('{"jti":"x","sid":"y"}').toString('base64url')}.${signature}`
    expect(await codeFor({ authorization: `Bearer ${forged}` })).toBe(
      '401 auth/invalid-access-token',
    )
    expect(await codeFor({ authorization: `Bearer ${accessToken}` })).toBe('200 undefined')
  })

  it('expires access tokens after accessTokenTtlMs on the injected clock', async () => {
    let clock = 1_000_000
    await h.start({ now: () => clock, accessTokenTtlMs: 60_000 })
    const { accessToken } = await h.signIn()
    clock += 59_999
    expect((await h.call('/v1/data/posts', { token: accessToken })).status).toBe(200)
    clock += 1
    const { status, body } = await h.callJson('/v1/data/posts', { token: accessToken })
    expect([status, body.error.code]).toEqual([401, 'auth/access-token-expired'])
  })

  it('expires every issued token on control.expireAllTokens()', async () => {
    await h.start()
    const before = await h.signIn()
    h.fixture.control.expireAllTokens()
    const { body } = await h.callJson('/v1/data/posts', { token: before.accessToken })
    expect(body.error.code).toBe('auth/access-token-expired')
    const refreshed = await h.callJson('/v1/auth/refresh', {
      body: { refreshToken: before.refreshToken },
    })
    expect(refreshed.status).toBe(200)
    const after = await h.call('/v1/data/posts', { token: refreshed.body.data.accessToken })
    expect(after.status).toBe(200)
  })

  it('rotates refresh tokens: the old one is invalid at once', async () => {
    await h.start()
    const first = await h.signIn()
    const rotated = await h.callJson('/v1/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    })
    expect(rotated.status).toBe(200)
    expect(rotated.body.data).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 })
    expect(rotated.body.data.refreshToken).not.toBe(first.refreshToken)
    expect(rotated.body.data.accessToken).not.toBe(first.accessToken)
    const again = await h.callJson('/v1/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    })
    expect([again.status, again.body.error.code]).toEqual([401, 'auth/invalid-refresh-token'])
    const unknown = await h.callJson('/v1/auth/refresh', { body: { refreshToken: 'rt_nope' } })
    expect([unknown.status, unknown.body.error.code]).toEqual([401, 'auth/invalid-refresh-token'])
    expect(h.fixture.stats.refreshCalls).toBe(3)
  })

  it('revokes every session of the user when a rotated refresh token is replayed', async () => {
    await h.start()
    const laptop = await h.signIn()
    const phone = await h.signIn()
    await h.callJson('/v1/auth/email/signup', {
      body: { email: 'o@example.com', password: 'longenough' },
    })
    const other = await h.signIn('o@example.com', 'longenough')
    const rotated = await h.callJson('/v1/auth/refresh', {
      body: { refreshToken: laptop.refreshToken },
    })
    const replay = await h.callJson('/v1/auth/refresh', {
      body: { refreshToken: laptop.refreshToken },
    })
    expect([replay.status, replay.body.error.code]).toEqual([401, 'auth/invalid-refresh-token'])
    const fresh = rotated.body.data
    const codeOf = async (token: string) =>
      (await h.callJson('/v1/auth/me', { token })).body.error?.code
    expect(await codeOf(fresh.accessToken)).toBe('auth/session-expired')
    expect(await codeOf(phone.accessToken)).toBe('auth/session-expired')
    expect(await codeOf(other.accessToken)).toBeUndefined()
    for (const refreshToken of [fresh.refreshToken, phone.refreshToken]) {
      const later = await h.callJson('/v1/auth/refresh', { body: { refreshToken } })
      expect(later.body.error.code).toBe('auth/invalid-refresh-token')
    }
    const { stats } = h.fixture
    expect([stats.refreshReplaysRejected, stats.sessionsRevoked, stats.refreshCalls]).toEqual([
      1, 2, 4,
    ])
  })

  it('signs the user out everywhere when two refreshes race with one refresh token', async () => {
    await h.start()
    const tab = await h.signIn()
    const otherDevice = await h.signIn()
    const refresh = () =>
      h.callJson('/v1/auth/refresh', { body: { refreshToken: tab.refreshToken } })
    const results = await Promise.all([refresh(), refresh()])
    expect(results.map((result) => result.status).sort()).toEqual([200, 401])
    const winner = results.find((result) => result.status === 200)!.body.data
    const loser = results.find((result) => result.status === 401)!.body
    expect(loser.error.code).toBe('auth/invalid-refresh-token')
    for (const token of [winner.accessToken, otherDevice.accessToken]) {
      expect((await h.callJson('/v1/auth/me', { token })).body.error.code).toBe(
        'auth/session-expired',
      )
    }
    expect(h.fixture.stats.refreshReplaysRejected).toBe(1)
  })

  it('fails the next refreshes on control.failNextRefreshes()', async () => {
    await h.start()
    const { refreshToken } = await h.signIn()
    h.fixture.control.failNextRefreshes(1, { status: 503, code: 'common/unavailable' })
    h.fixture.control.failNextRefreshes(1, { drop: true })
    const failed = await h.callJson('/v1/auth/refresh', { body: { refreshToken } })
    expect([failed.status, failed.body.error.code]).toEqual([503, 'common/unavailable'])
    await expect(h.call('/v1/auth/refresh', { body: { refreshToken } })).rejects.toThrow(TypeError)
    const ok = await h.callJson('/v1/auth/refresh', { body: { refreshToken } })
    expect(ok.status).toBe(200)
    expect(h.fixture.stats.refreshCalls).toBe(3)
  })

  it('gives a forced refresh failure a code that fits its status', async () => {
    await h.start()
    const { refreshToken } = await h.signIn()
    h.fixture.control.failNextRefreshes(1, { status: 503 })
    h.fixture.control.failNextRefreshes(1, { status: 429 })
    h.fixture.control.failNextRefreshes(1)
    const codeOf = async () => {
      const { status, body } = await h.callJson('/v1/auth/refresh', { body: { refreshToken } })
      return `${status} ${body.error.code}`
    }
    expect(await codeOf()).toBe('503 common/internal-error')
    expect(await codeOf()).toBe('429 auth/too-many-requests')
    expect(await codeOf()).toBe('401 auth/invalid-refresh-token')
  })

  it('signs out one session and counts it as revoked', async () => {
    await h.start()
    const { accessToken } = await h.signIn()
    expect((await h.call('/v1/auth/signout', { method: 'POST', token: accessToken })).status).toBe(
      200,
    )
    const { body } = await h.callJson('/v1/auth/me', { token: accessToken })
    expect(body.error.code).toBe('auth/session-expired')
    expect(h.fixture.stats.sessionsRevoked).toBe(1)
  })
}
