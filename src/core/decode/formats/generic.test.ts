import { genericDecoder } from './generic.js'

const decode = (body: unknown) => genericDecoder.decode(body, {})

describe('genericDecoder', () => {
  it('reads the message from the usual members, in order of preference', () => {
    expect(decode({ message: 'Something broke' })).toEqual({
      format: 'generic',
      code: undefined,
      status: undefined,
      message: 'Something broke',
      fields: undefined,
      formErrors: undefined,
      retryAfterMs: undefined,
    })
    expect(decode({ error: 'Not Found', message: 'Cannot GET /v1/x' })?.message).toBe(
      'Cannot GET /v1/x',
    )
    expect(decode({ error: 'Unauthorized' })?.message).toBe('Unauthorized')
    expect(decode({ msg: 'Bad input' })?.message).toBe('Bad input')
    expect(decode({ title: 'Oops' })?.message).toBe('Oops')
    expect(decode({ detail: { x: 1 }, title: 'Oops' })?.message).toBe('Oops')
    expect(decode({ error: { message: 'Inner text', code: 'E1' } })?.message).toBe('Inner text')
  })

  it("reads Spring Boot's default error body with its status", () => {
    const body = {
      timestamp: '2024-05-01T10:00:00.000+00:00',
      status: 404,
      error: 'Not Found',
      message: 'No static resource api/nope.',
      path: '/api/nope',
    }
    expect(decode(body)).toMatchObject({
      status: 404,
      message: 'No static resource api/nope.',
      code: undefined,
    })
  })

  it('turns OAuth 2 errors into oauth/ codes', () => {
    const body = { error: 'invalid_grant', error_description: 'Refresh token expired' }
    expect(decode(body)).toMatchObject({
      code: 'oauth/invalid-grant',
      message: 'Refresh token expired',
    })
    expect(decode({ error: 'invalid_grant' })?.code).toBeUndefined()
  })

  it('keeps a domain/name code from code, error.code or error', () => {
    expect(decode({ code: 'Billing/Card-Expired', message: 'x' })?.code).toBe(
      'billing/card-expired',
    )
    expect(decode({ error: { code: 'auth/forbidden', message: 'x' } })?.code).toBe('auth/forbidden')
    expect(decode({ error: 'auth/forbidden' })?.code).toBe('auth/forbidden')
    expect(decode({ code: 'E_FAIL', message: 'x' })?.code).toBeUndefined()
    expect(decode({ code: 1234, status: 'error', message: 'x' })).toMatchObject({
      code: undefined,
      status: undefined,
    })
  })

  it('collects a top-level errors map or list', () => {
    expect(
      decode({
        message: 'Invalid',
        errors: { email: 'Taken', 'users[0].name': ['Required', 'Too short'] },
      }),
    ).toMatchObject({
      fields: { email: ['Taken'], 'users.0.name': ['Required', 'Too short'] },
    })
    expect(decode({ errors: ['Quota exceeded', 'Try later'] })).toMatchObject({
      message: undefined,
      formErrors: ['Quota exceeded', 'Try later'],
    })
    expect(
      decode({
        errors: [
          { field: 'email', message: 'Invalid email' },
          { path: ['address', 'zip'], msg: 'Bad zip' },
          { param: 'age', reason: 'Too young' },
          { message: 'General failure' },
        ],
      }),
    ).toMatchObject({
      fields: { email: ['Invalid email'], 'address.zip': ['Bad zip'], age: ['Too young'] },
      formErrors: ['General failure'],
    })
  })

  it('reads retry hints from the body or its error object', () => {
    expect(decode({ message: 'Slow down', retry_after: 20 })?.retryAfterMs).toBe(20_000)
    expect(decode({ error: { message: 'Slow down', retryAfter: '4' } })?.retryAfterMs).toBe(4000)
  })

  it('returns undefined when nothing usable is there', () => {
    for (const body of [
      {},
      { ok: false },
      { message: 42 },
      { error: {} },
      { error: { message: ['x'] } },
      { errors: [] },
      { message: '   ' },
    ]) {
      expect(decode(body)).toBeUndefined()
    }
  })

  it('survives bad input', () => {
    for (const body of [null, undefined, 'Internal Server Error', 500, [], [{ message: 'x' }]]) {
      expect(decode(body)).toBeUndefined()
    }
    const cyclic: Record<string, unknown> = { message: 'loop' }
    cyclic.error = cyclic
    cyclic.errors = [cyclic]
    expect(decode(cyclic)?.message).toBe('loop')
    const parsed = decode(JSON.parse('{"message":"x","errors":{"__proto__":"bad","ok":"fine"}}'))
    expect(parsed).toMatchObject({ fields: { ok: ['fine'] }, formErrors: ['bad'] })
    expect(({} as Record<string, unknown>).bad).toBeUndefined()
    expect(decode({ message: { toString: () => 'hacked' }, error: 'Real' })?.message).toBe('Real')
    expect(decode({ message: '<html><body><h1>502 Bad Gateway</h1></body></html>' })?.message).toBe(
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
    )
    const many = {
      errors: Array.from({ length: 10_000 }, (_, i) => ({ field: `f${i}`, message: 'm' })),
    }
    expect(Object.keys(decode(many)?.fields ?? {})).toHaveLength(200)
  })
})
