import type { ContractHarness } from './harness.js'

/** The error bodies the bkend and Backstack docs print, answered as printed. */
export function docExamplesContract(h: ContractHarness): void {
  it("answers a wrong password with bkend's documented body, byte for byte", async () => {
    await h.start()
    const response = await h.call('/v1/auth/email/signin', {
      body: { email: 'demo@example.com', password: 'wrong-password' },
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe(
      '{"success":false,"error":{"code":"auth/invalid-credentials","message":"Invalid email or password"}}',
    )
  })

  it("answers missing sign-up values with Backstack's documented error object", async () => {
    await h.start({ mode: 'backstack' })
    const response = await h.call('/v1/auth/email/signup', { body: {} })
    expect(response.status).toBe(400)
    const required = 'This value is required.'
    expect(await response.text()).toBe(
      JSON.stringify({
        error: {
          request_method: 'post',
          type: 'user',
          code: 400,
          message: 'Required values are missing.',
          fields: { email: required, password: required },
          dev_message: 'data/validation-error: Required values are missing.',
        },
      }),
    )
    h.fixture.control.setMode('backstack-payload')
    const payload = await h.callJson('/v1/auth/email/signin', { body: { email: 'a@example.com' } })
    expect(payload.status).toBe(400)
    expect(payload.body).toEqual({
      success: false,
      message: 'Required values are missing.',
      payload: {
        app_id: expect.any(String),
        request_method: 'post',
        type: 'user',
        code: 400,
        fields: { password: required },
        dev_message: expect.any(String),
      },
    })
    h.fixture.control.setMode('bkend')
    const bkend = await h.callJson('/v1/auth/email/signup', { body: { password: 'longenough' } })
    expect([bkend.status, bkend.body.error.code]).toEqual([400, 'data/validation-error'])
  })

  it("answers in bkend's Nest-style shape in bkend-nest mode, byte for byte", async () => {
    await h.start({ mode: 'bkend-nest' })
    const missing = await h.call('/v1/auth/refresh', { body: {} })
    expect(missing.status).toBe(400)
    expect(await missing.text()).toBe(
      '{"statusCode":400,"error":"VALIDATION_ERROR","message":"Required parameter is missing"}',
    )
    const { accessToken: token } = await h.signIn()
    const gone = await h.callJson('/v1/data/posts/nope', { token })
    expect(gone.status).toBe(404)
    expect(gone.body).toEqual({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'No record "nope" in "posts".',
    })
    h.fixture.control.setMode('bkend')
    const envelope = await h.callJson('/v1/auth/refresh', { body: {} })
    expect(envelope.body).toEqual({
      success: false,
      error: { code: 'data/validation-error', message: 'Required parameter is missing' },
    })
  })

  it('reads a body only when Content-Type says JSON, as bkend asks clients to check', async () => {
    await h.start()
    const { accessToken } = await h.signIn()
    const send = (path: string, body: unknown, contentType?: string) =>
      fetch(h.fixture.baseUrl + path, {
        method: 'POST',
        headers: {
          'x-api-key': 'pk_test_demo',
          authorization: `Bearer ${accessToken}`,
          ...(contentType ? { 'content-type': contentType } : {}),
        },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: await response.json() }))
    const credentials = { email: 'demo@example.com', password: 'password123' }
    const plain = await send('/v1/auth/email/signin', credentials, 'text/plain')
    expect([plain.status, plain.body.error.code]).toEqual([400, 'data/validation-error'])
    const todo = await send('/v1/data/todos', { title: 'Typed' })
    expect([todo.status, todo.body.error.code]).toEqual([400, 'data/validation-error'])
    const charset = await send(
      '/v1/data/todos',
      { title: 'Typed' },
      'application/json; charset=utf-8',
    )
    expect(charset.status).toBe(201)
    const vendor = await send('/v1/auth/email/signin', credentials, 'application/vnd.api+json')
    expect(vendor.status).toBe(200)
    expect(h.fixture.stats.sideEffects.created).toBe(1)
  })
}
