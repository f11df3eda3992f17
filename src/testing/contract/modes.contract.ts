import type { ContractHarness } from './harness.js'

const generic = 'An error occurred. Please try again later.'

/** The same routes in Backstack's two envelopes and in RFC 9457 problem details. */
export function modeContract(h: ContractHarness): void {
  it('answers in Backstack envelopes with type, fields and dev_message', async () => {
    await h.start({ mode: 'backstack' })
    const { accessToken: token } = await h.signIn()
    const invalid = await h.callJson('/v1/data/posts', { token, body: { title: '' } })
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual({
      error: {
        request_method: 'post',
        type: 'user',
        code: 400,
        message: expect.stringContaining('title'),
        fields: { title: 'This value is required.' },
        dev_message: expect.stringContaining('data/validation-error'),
      },
    })
    const credentials = await h.callJson('/v1/auth/email/signin', {
      body: { email: 'demo@example.com', password: 'wrong-password' },
    })
    expect(credentials.body.error).toMatchObject({ type: 'user', code: 401 })
    expect(credentials.body.error.message).toBe('Invalid email or password')
    const missing = await h.callJson('/v1/data/posts/nope', { token })
    expect(missing.body.error).toMatchObject({ type: 'codebase', code: 404, message: generic })
    expect(missing.body.error.dev_message).toContain('data/not-found')
    const denied = await h.callJson('/v1/data/secrets', { token })
    expect(denied.body.error).toMatchObject({ type: 'codebase', code: 403, message: generic })
  })

  it('answers in the Backstack payload envelope', async () => {
    await h.start({ mode: 'backstack-payload' })
    const { status, body } = await h.callJson('/v1/auth/email/signup', {
      body: { email: 'bad', password: 'longenough' },
    })
    expect(status).toBe(400)
    expect(body).toEqual({
      success: false,
      message: 'Enter a valid email address, e.g. user@example.com.',
      payload: {
        app_id: expect.any(String),
        request_method: 'post',
        type: 'user',
        code: 400,
        fields: { email: 'Enter a valid email address, e.g. user@example.com.' },
        dev_message: expect.stringContaining('auth/invalid-email-format'),
      },
    })
  })

  it('calls 5xx errors system errors in Backstack mode', async () => {
    await h.start({ mode: 'backstack' })
    h.fixture.control.fault({ type: 'status', status: 500 })
    const { body } = await h.callJson('/v1/data/posts')
    expect(body.error).toMatchObject({ type: 'system', code: 500, message: generic })
  })

  it('answers RFC 9457 problem details with field pointers', async () => {
    await h.start({ mode: 'problem' })
    const { accessToken: token } = await h.signIn()
    const invalid = await h.callJson('/v1/data/posts', { token, body: { title: '' } })
    expect(invalid.response.headers.get('content-type')).toBe('application/problem+json')
    expect(invalid.body).toEqual({
      type: 'https://example.com/problems/data/validation-error',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringContaining('title'),
      instance: '/v1/data/posts',
      code: 'data/validation-error',
      errors: [{ detail: 'This value is required.', pointer: '#/title' }],
    })
    const expired = await h.callJson('/v1/data/posts', { headers: { authorization: 'Bearer x' } })
    expect(expired.body).toMatchObject({ status: 401, code: 'auth/invalid-token-format' })
    expect(expired.body.errors).toBeUndefined()
  })

  it('switches modes with control.setMode() and back on reset()', async () => {
    await h.start()
    const codeOf = async () => {
      const { body } = await h.callJson('/v1/data/posts')
      return body.error?.code ?? body.code ?? body.payload?.code
    }
    expect(await codeOf()).toBe('auth/missing-authorization-header')
    h.fixture.control.setMode('backstack-payload')
    expect(h.fixture.control.mode).toBe('backstack-payload')
    expect(await codeOf()).toBe(401)
    h.fixture.control.setMode('problem')
    expect(await codeOf()).toBe('auth/missing-authorization-header')
    h.fixture.control.reset()
    expect(h.fixture.control.mode).toBe('bkend')
  })

  it('keeps the success envelope in every mode', async () => {
    await h.start({ mode: 'problem' })
    const { accessToken: token } = await h.signIn()
    const { body } = await h.callJson('/v1/data/posts/post_1', { token })
    expect(body).toMatchObject({ success: true, data: { id: 'post_1' } })
  })
}
