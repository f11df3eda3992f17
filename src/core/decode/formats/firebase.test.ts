import { decodeError } from '../decodeError.js'
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

// Documented bodies, through the whole pipeline. Sources: Firebase's "Firebase Auth REST API"
// reference (firebase.google.com/docs/reference/rest/auth, "Error response format" and the
// EMAIL_EXISTS, WEAK_PASSWORD and TOO_MANY_ATTEMPTS_TRY_LATER codes), Google Cloud's "Errors"
// design guide (cloud.google.com/apis/design/errors: the `status` name and `details` list) and
// the google.rpc.BadRequest reference (`fieldViolations: [{ field, description }]`, fields named
// like `emailAddresses[1].email`).
describe('firebaseDecoder with documented bodies', () => {
  it.each([
    [
      'EMAIL_EXISTS',
      {
        error: {
          code: 400,
          message: 'EMAIL_EXISTS',
          errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
        },
      },
      { status: 400, code: 'firebase/email-exists', kind: 'validation' },
    ],
    [
      'WEAK_PASSWORD with its explanation',
      {
        error: {
          code: 400,
          message: 'WEAK_PASSWORD : Password should be at least 6 characters',
          errors: [
            {
              message: 'WEAK_PASSWORD : Password should be at least 6 characters',
              domain: 'global',
              reason: 'invalid',
            },
          ],
        },
      },
      { status: 400, code: 'firebase/weak-password', kind: 'validation' },
    ],
    [
      'Firestore NOT_FOUND',
      {
        error: {
          code: 404,
          message: 'Document "projects/p/databases/(default)/documents/users/u1" not found.',
          status: 'NOT_FOUND',
        },
      },
      { status: 404, code: 'firebase/not-found', kind: 'not-found' },
    ],
  ])('%s', (_, body, want) => {
    const error = decodeError(body, { status: want.status })
    expect(error).toMatchObject({ format: 'firebase', message: body.error.message, ...want })
    expect(error.fields).toEqual({})
  })

  it('reads the field violations of a google.rpc.BadRequest detail', () => {
    const body = {
      error: {
        code: 400,
        message: "Invalid value at 'contact.email_addresses[1].email'",
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.BadRequest',
            fieldViolations: [
              { field: 'fullName', description: 'Full name is required.' },
              { field: 'emailAddresses[1].email', description: 'Not a valid email address.' },
              { description: 'No field: the whole request.' },
            ],
          },
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'INVALID_EMAIL',
            domain: 'example.googleapis.com',
          },
        ],
      },
    }
    const error = decodeError(body, { status: 400 })
    expect(error).toMatchObject({
      format: 'firebase',
      status: 400,
      code: 'firebase/invalid-argument',
      kind: 'validation',
    })
    expect(error.fields).toEqual({
      fullName: ['Full name is required.'],
      'emailAddresses.1.email': ['Not a valid email address.'],
    })
    expect(error.formErrors).toEqual(['No field: the whole request.'])
  })
})
