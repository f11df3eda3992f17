import type { ContractHarness } from './harness.js'

/** `X-API-Key` rules and what a browser on another origin needs. */
export function keysAndCorsContract(h: ContractHarness): void {
  it('checks X-API-Key: missing, malformed, unknown', async () => {
    await h.start()
    const codeFor = async (apiKey: string | null) => {
      const { status, body } = await h.callJson('/v1/auth/me', { apiKey })
      return `${status} ${body.error.code}`
    }
    expect(await codeFor(null)).toBe('401 auth/unauthorized')
    expect(await codeFor('abc')).toBe('401 auth/invalid-token-format')
    expect(await codeFor('pk_unknown')).toBe('401 auth/unauthorized')
    expect(await codeFor('pk_test_demo')).toBe('401 auth/missing-authorization-header')
  })

  it('refuses a secret key sent from a browser', async () => {
    await h.start({ apiKeys: ['pk_live', 'sk_live'] })
    const browser = await h.callJson('/v1/auth/me', {
      apiKey: 'sk_live',
      headers: { origin: 'https://app.example.com' },
    })
    expect([browser.status, browser.body.error.code]).toEqual([403, 'auth/forbidden'])
    expect(browser.body.error.message).toMatch(/browser/)
    const server = await h.callJson('/v1/auth/me', { apiKey: 'sk_live' })
    expect(server.body.error.code).toBe('auth/missing-authorization-header')
    const publishable = await h.callJson('/v1/auth/me', {
      apiKey: 'pk_live',
      headers: { origin: 'https://app.example.com' },
    })
    expect(publishable.body.error.code).toBe('auth/missing-authorization-header')
  })

  it('lets requests without a key through when requireApiKey is false', async () => {
    await h.start({ requireApiKey: false })
    const { body } = await h.callJson('/v1/auth/me', { apiKey: null })
    expect(body.error.code).toBe('auth/missing-authorization-header')
  })

  it('answers CORS preflights without an API key', async () => {
    await h.start()
    const response = await h.call('/v1/data/posts', { method: 'OPTIONS', apiKey: null })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const allowHeaders = response.headers.get('access-control-allow-headers') ?? ''
    for (const name of [
      'Authorization',
      'Content-Type',
      'X-API-Key',
      'Idempotency-Key',
      'X-Mock-Fault',
    ]) {
      expect(allowHeaders).toContain(name)
    }
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH')
  })

  it('exposes the rate-limit, request-id and date headers to other origins', async () => {
    await h.start()
    const response = await h.call('/v1/data/posts')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const exposed = response.headers.get('access-control-expose-headers') ?? ''
    for (const name of [
      'Retry-After',
      'X-RateLimit-Remaining',
      'RateLimit-Reset',
      'X-Request-Id',
      'Date',
    ]) {
      expect(exposed).toContain(name)
    }
    expect(new Date(response.headers.get('date') ?? '').getTime()).not.toBeNaN()
  })

  it('answers unknown routes with 404', async () => {
    await h.start()
    const { status, body } = await h.callJson('/v1/nothing/here')
    expect([status, body.error.code]).toEqual([404, 'common/not-found'])
  })
}
