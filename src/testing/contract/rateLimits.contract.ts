import type { ContractHarness } from './harness.js'

/** Fixed windows per API key and route group, their headers and the early-request counter. */
export function rateLimitContract(h: ContractHarness): void {
  it('counts down X-RateLimit-Remaining, then answers 429 with Retry-After', async () => {
    let clock = 1_000_000
    await h.start({ now: () => clock })
    const { accessToken: token } = await h.signIn()
    h.fixture.control.setRateLimit('data', { limit: 2, windowMs: 10_000 })
    const first = await h.call('/v1/data/posts', { token })
    expect(first.headers.get('x-ratelimit-limit')).toBe('2')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1')
    expect(first.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil(1_010_000 / 1000)))
    expect((await h.call('/v1/data/posts', { token })).headers.get('x-ratelimit-remaining')).toBe(
      '0',
    )
    clock += 2_500
    const limited = await h.callJson('/v1/data/posts', { token })
    expect(limited.status).toBe(429)
    expect(limited.response.headers.get('retry-after')).toBe('8')
    expect(limited.response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(limited.body.error.code).toBe('data/rate-limit-exceeded')
    expect(h.fixture.stats.earlyRequests).toBe(0)
    clock += 1_000
    expect((await h.call('/v1/data/posts', { token })).status).toBe(429)
    expect(h.fixture.stats.earlyRequests).toBe(1)
    expect(h.fixture.stats.earlyRequestsByScope).toEqual({ data: 1 })
    clock += 10_000
    const after = await h.call('/v1/data/posts', { token })
    expect([after.status, after.headers.get('x-ratelimit-remaining')]).toEqual([200, '1'])
    expect(h.fixture.stats.earlyRequests).toBe(1)
  })

  it('rounds Retry-After up to whole seconds', async () => {
    const clock = 5_000
    await h.start({ now: () => clock, rateLimits: { data: { limit: 0, windowMs: 1_500 } } })
    const { accessToken: token } = await h.signIn()
    const limited = await h.call('/v1/data/posts', { token })
    expect(limited.headers.get('retry-after')).toBe('2')
  })

  it('limits the auth group with auth/too-many-requests, apart from data', async () => {
    await h.start({ rateLimits: { auth: { limit: 1, windowMs: 60_000 } } })
    const { accessToken: token } = await h.signIn()
    const second = await h.callJson('/v1/auth/email/signin', {
      body: { email: 'demo@example.com', password: 'password123' },
    })
    expect([second.status, second.body.error.code]).toEqual([429, 'auth/too-many-requests'])
    const data = await h.call('/v1/data/posts', { token })
    expect(data.status).toBe(200)
    expect(data.headers.get('x-ratelimit-limit')).toBeNull()
  })

  it('counts each API key in its own window', async () => {
    await h.start({
      apiKeys: ['pk_one', 'pk_two'],
      rateLimits: { auth: { limit: 1, windowMs: 60_000 } },
    })
    const body = { email: 'demo@example.com', password: 'password123' }
    expect((await h.call('/v1/auth/email/signin', { body, apiKey: 'pk_one' })).status).toBe(200)
    expect((await h.call('/v1/auth/email/signin', { body, apiKey: 'pk_one' })).status).toBe(429)
    expect((await h.call('/v1/auth/email/signin', { body, apiKey: 'pk_two' })).status).toBe(200)
  })

  it('answers 429 in the envelope of each mode', async () => {
    await h.start({ mode: 'backstack', rateLimits: { data: { limit: 0, windowMs: 1_000 } } })
    const { accessToken: token } = await h.signIn()
    const backstack = await h.callJson('/v1/data/posts', { token })
    expect(backstack.body.error).toMatchObject({
      type: 'codebase',
      code: 429,
      request_method: 'get',
      message: 'An error occurred. Please try again later.',
    })
    expect(backstack.body.error.dev_message).toContain('data/rate-limit-exceeded')
    h.fixture.control.setMode('problem')
    const problem = await h.callJson('/v1/data/posts', { token })
    expect(problem.response.headers.get('content-type')).toBe('application/problem+json')
    expect(problem.body).toMatchObject({ status: 429, code: 'data/rate-limit-exceeded' })
    expect(problem.response.headers.get('retry-after')).toBe('1')
  })

  it('lifts limits on control.clearRateLimit()', async () => {
    await h.start({
      rateLimits: { data: { limit: 0, windowMs: 60_000 }, auth: { limit: 9, windowMs: 1 } },
    })
    const { accessToken: token } = await h.signIn()
    expect((await h.call('/v1/data/posts', { token })).status).toBe(429)
    h.fixture.control.clearRateLimit('data')
    const lifted = await h.call('/v1/data/posts', { token })
    expect([lifted.status, lifted.headers.get('x-ratelimit-limit')]).toEqual([200, null])
    const auth = await h.call('/v1/auth/me', { token })
    expect(auth.headers.get('x-ratelimit-limit')).toBe('9')
    h.fixture.control.clearRateLimit()
    expect((await h.call('/v1/auth/me', { token })).headers.get('x-ratelimit-limit')).toBeNull()
  })
}
