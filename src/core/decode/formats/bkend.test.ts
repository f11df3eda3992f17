import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { bkendDecoder } from './bkend.js'

const decode = (body: unknown) => bkendDecoder.decode(body, {})

describe('bkendDecoder', () => {
  it("decodes the troubleshooting page's envelope and keeps its domain/name code", () => {
    const body = {
      success: false,
      error: { code: 'auth/invalid-credentials', message: 'Invalid email or password' },
    }
    expect(decode(body)).toEqual({
      format: 'bkend',
      code: 'auth/invalid-credentials',
      message: 'Invalid email or password',
      retryAfterMs: undefined,
    })
  })

  it('lower-cases and trims the code, and reads a retry_after hint', () => {
    const body = {
      success: false,
      error: { code: ' Data/Rate-Limit-Exceeded ', message: 'API call limit exceeded' },
      retry_after: 30,
    }
    const decoded = decode(body)
    expect(decoded?.code).toBe('data/rate-limit-exceeded')
    expect(decoded?.retryAfterMs).toBe(30_000)
    expect(
      decode({ ...body, retry_after: undefined, error: { ...body.error, retryAfter: '2' } })
        ?.retryAfterMs,
    ).toBe(2000)
  })

  it('decodes the Nest-style shape with a status and a common/ code', () => {
    const body = {
      statusCode: 400,
      error: 'VALIDATION_ERROR',
      message: 'Required parameter is missing',
    }
    expect(decode(body)).toEqual({
      format: 'bkend',
      code: 'common/validation-error',
      status: 400,
      message: 'Required parameter is missing',
      formErrors: undefined,
      retryAfterMs: undefined,
    })
  })

  it('joins a list of Nest messages and keeps each as a form error', () => {
    const body = {
      statusCode: 400,
      error: 'VALIDATION_ERROR',
      message: ['email must be an email', 42, 'password should not be empty'],
    }
    const decoded = decode(body)
    expect(decoded?.message).toBe('email must be an email; password should not be empty')
    expect(decoded?.formErrors).toEqual(['email must be an email', 'password should not be empty'])
  })

  it("gives a Nest-style name bkend's own code where it changes what happens", () => {
    const nest = (error: string) => decode({ statusCode: 401, error, message: 'm' })
    // The refresh trigger, a wrong password: the client and the page act on these codes.
    expect(nest('ACCESS_TOKEN_EXPIRED')?.code).toBe('auth/access-token-expired')
    expect(nest('INVALID_CREDENTIALS')?.code).toBe('auth/invalid-credentials')
    // A code that names a form field puts its message there.
    expect(nest('INVALID_EMAIL_FORMAT')).toMatchObject({
      code: 'auth/invalid-email-format',
      field: 'email',
    })
    expect(nest('INVALID_NICKNAME')).toMatchObject({
      code: 'user/invalid-nickname',
      field: 'nickname',
    })
    // Names bkend documents under common/, and names it does not document, stay common/.
    expect(nest('TOKEN_EXPIRED')?.code).toBe('common/token-expired')
    expect(nest('SOMETHING_NEW')).toMatchObject({ code: 'common/something-new', field: undefined })
  })

  it("does not turn plain Nest's reason phrase into a code", () => {
    const decoded = decode({ statusCode: 404, message: 'Cannot GET /v1/nope', error: 'Not Found' })
    expect(decoded).toMatchObject({ format: 'bkend', status: 404, message: 'Cannot GET /v1/nope' })
    expect(decoded?.code).toBeUndefined()
  })

  it('rejects look-alikes: Backstack, Firebase, Stripe and envelopes without a domain/name code', () => {
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
    expect(
      decode({
        success: false,
        message: 'Required values are missing.',
        payload: { app_id: 'app_1', request_method: 'post', type: 'user', code: 400 },
      }),
    ).toBeUndefined()
    expect(decode({ error: { code: 400, message: 'EMAIL_EXISTS' } })).toBeUndefined()
    expect(
      decode({ success: false, error: { code: 400, message: 'EMAIL_EXISTS' } }),
    ).toBeUndefined()
    expect(
      decode({
        error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
      }),
    ).toBeUndefined()
    expect(decode({ error: { code: 'auth/forbidden', message: 'x' } })).toBeUndefined()
    expect(decode({ success: false, error: { code: 'FORBIDDEN', message: 'x' } })).toBeUndefined()
    expect(
      decode({ success: true, error: { code: 'auth/forbidden', message: 'x' } }),
    ).toBeUndefined()
    expect(
      decode({ code: '23505', message: 'duplicate key', details: null, hint: null }),
    ).toBeUndefined()
    expect(decode({ statusCode: '400', error: 'VALIDATION_ERROR', message: 'x' })).toBeUndefined()
    expect(decode({ statusCode: 400, error: { code: 'x' }, message: 'x' })).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, undefined, 'text', 42, [], [{ success: false }], true]) {
      expect(decode(body)).toBeUndefined()
    }
    const cyclic: Record<string, unknown> = { success: false }
    cyclic.error = cyclic
    expect(decode(cyclic)).toBeUndefined()
    expect(
      decode(JSON.parse('{"success":false,"error":{"__proto__":{"code":"auth/x"}}}')),
    ).toBeUndefined()
    const nonString = decode({
      success: false,
      error: { code: 'auth/forbidden', message: { text: 'x' } },
    })
    expect(nonString).toMatchObject({ code: 'auth/forbidden', message: undefined })
    const html = decode({
      success: false,
      error: { code: 'data/not-found', message: '<img src=x onerror=alert(1)>' },
    })
    expect(html?.message).toBe('<img src=x onerror=alert(1)>')
    expect(
      decode({ success: false, error: { code: `auth/${'x'.repeat(200)}`, message: 'x' } }),
    ).toBeUndefined()
  })
})

// Documented bodies, through the whole pipeline. Source: bkend's "Troubleshooting" page
// (seeds/bkend-errors.txt: the envelope, the codes per status, the name rule) and the Nest-style
// answer BACKENDS.md records for some endpoints.
describe('bkendDecoder with documented bodies', () => {
  it.each([
    ['auth/invalid-credentials', 401, 'auth', 'The email or password is incorrect.'],
    ['auth/access-token-expired', 401, 'auth', 'Your session has expired. Please sign in again.'],
    ['data/permission-denied', 403, 'permission', "You don't have permission to do that."],
    ['data/table-not-found', 404, 'not-found', defaultKindMessages['not-found']],
    [
      'auth/email-already-exists',
      409,
      'conflict',
      'An account with this email already exists. Try signing in.',
    ],
    ['data/rate-limit-exceeded', 429, 'rate-limit', defaultKindMessages['rate-limit']],
    ['data/validation-error', 400, 'validation', defaultKindMessages.validation],
  ])('%s with and without its status', (code, status, kind, userMessage) => {
    const body = { success: false, error: { code, message: 'The server says so' } }
    for (const context of [{ status }, {}]) {
      const error = decodeError(body, context)
      expect(error).toMatchObject({ format: 'bkend', status, code, kind, userMessage })
      // bkend's message is for developers: it never reaches the user.
      expect(error.message).toBe('The server says so')
    }
  })

  it('decodes the Nest-style shape', () => {
    const body = {
      statusCode: 400,
      error: 'VALIDATION_ERROR',
      message: 'Required parameter is missing',
    }
    for (const context of [{ status: 400 }, {}]) {
      expect(decodeError(body, context)).toMatchObject({
        format: 'bkend',
        status: 400,
        code: 'common/validation-error',
        kind: 'validation',
        type: 'user',
        message: 'Required parameter is missing',
        userMessage: defaultKindMessages.validation,
      })
    }
  })
})
