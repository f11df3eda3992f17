import { firebaseDecoder } from './firebase.js'

const decode = (body: unknown) => firebaseDecoder.decode(body, {})

describe('firebaseDecoder', () => {
  it("decodes the Auth REST API docs' error response", () => {
    const body = {
      error: {
        code: 400,
        message: 'EMAIL_EXISTS',
        errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
      },
    }
    expect(decode(body)).toEqual({
      format: 'firebase',
      code: 'firebase/email-exists',
      status: 400,
      message: 'EMAIL_EXISTS',
      retryAfterMs: undefined,
    })
  })

  it('takes the token before " : " as the code and keeps the whole text', () => {
    const decoded = decode({
      error: {
        code: 400,
        message: 'WEAK_PASSWORD : Password should be at least 6 characters',
        errors: [],
      },
    })
    expect(decoded?.code).toBe('firebase/weak-password')
    expect(decoded?.message).toBe('WEAK_PASSWORD : Password should be at least 6 characters')
  })

  it("uses Google's status when the message is a sentence", () => {
    const decoded = decode({
      error: {
        code: 400,
        message: 'API key not valid. Please pass a valid API key.',
        status: 'INVALID_ARGUMENT',
      },
    })
    expect(decoded).toMatchObject({ code: 'firebase/invalid-argument', status: 400 })
    expect(
      decode({ error: { code: 500, message: 'Internal error encountered.' } })?.code,
    ).toBeUndefined()
  })

  it('takes a token only when it is the whole message or stands before a colon', () => {
    const code = (message: string) => decode({ error: { code: 400, message } })?.code
    expect(code('EMAIL_NOT_FOUND:There is no user')).toBe('firebase/email-not-found')
    expect(code('TOO_MANY_ATTEMPTS_TRY_LATER  :  wait\nthen retry')).toBe(
      'firebase/too-many-attempts-try-later',
    )
    expect(code('QUOTA EXCEEDED')).toBeUndefined()
    expect(code('INVALID_Token')).toBeUndefined()
    expect(code('_PRIVATE')).toBeUndefined()
  })

  it('rejects look-alikes: Backstack, Stripe, bkend', () => {
    expect(
      decode({
        error: {
          request_method: 'post',
          type: 'user',
          code: 400,
          message: 'Required values are missing.',
        },
      }),
    ).toBeUndefined()
    expect(decode({ error: { type: 'other', code: 400, message: 'x' } })).toBeUndefined()
    expect(decode({ error: { request_method: 'post', code: 400, message: 'x' } })).toBeUndefined()
    expect(decode({ error: { code: 400, message: 'x', param: 'email' } })).toBeUndefined()
    expect(
      decode({
        error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
      }),
    ).toBeUndefined()
    expect(
      decode({
        success: false,
        error: { code: 'auth/invalid-credentials', message: 'Invalid email or password' },
      }),
    ).toBeUndefined()
    expect(decode({ error: { code: 42, message: 'not a status' } })).toBeUndefined()
    expect(decode({ error: { code: '400', message: 'string code' } })).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'EMAIL_EXISTS', 400, [], [{ error: { code: 400, message: 'x' } }]]) {
      expect(decode(body)).toBeUndefined()
    }
    expect(decode({ error: { code: 400, message: { text: 'x' } } })).toBeUndefined()
    const cyclic: Record<string, unknown> = { code: 503, message: 'loop' }
    cyclic.error = cyclic
    expect(decode(cyclic)?.status).toBe(503)
    const parsed = decode(
      JSON.parse('{"error":{"code":400,"message":"INVALID_EMAIL","__proto__":{"type":"user"}}}'),
    )
    expect(parsed?.code).toBe('firebase/invalid-email')
    expect(decode({ error: { code: 400, message: '<h1>Bad</h1>' } })?.message).toBe('<h1>Bad</h1>')
  })
})
