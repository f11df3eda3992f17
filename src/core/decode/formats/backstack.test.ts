import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { backstackDecoder, isBackstackError } from './backstack.js'

const decode = (body: unknown) => backstackDecoder.decode(body, {})

describe('backstackDecoder', () => {
  it("decodes the docs' error object; message is user-safe for `user` errors", () => {
    const body = {
      error: {
        request_method: 'post',
        type: 'user',
        code: 400,
        message: 'Required values are missing.',
        fields: { username: 'This value is required.', password: 'This value is required.' },
        dev_message: 'Unknown resource.',
      },
    }
    expect(decode(body)).toEqual({
      format: 'backstack',
      status: 400,
      type: 'user',
      message: 'Required values are missing.',
      userMessage: 'Required values are missing.',
      devMessage: 'Unknown resource.',
      requestMethod: 'post',
      fields: { username: ['This value is required.'], password: ['This value is required.'] },
      formErrors: undefined,
      retryAfterMs: undefined,
    })
  })

  it("decodes the newer docs' payload envelope", () => {
    const body = {
      success: false,
      message: 'Required values are missing.',
      payload: {
        app_id: 'app_1234567890',
        request_method: 'post',
        type: 'user',
        code: 400,
        fields: { username: 'This value is required.', password: 'This value is required.' },
        dev_message: '',
      },
    }
    const decoded = decode(body)
    expect(decoded).toMatchObject({
      format: 'backstack',
      status: 400,
      type: 'user',
      message: 'Required values are missing.',
      userMessage: 'Required values are missing.',
      fields: { username: ['This value is required.'], password: ['This value is required.'] },
    })
    expect(decoded?.devMessage).toBeUndefined()
  })

  it('never sets userMessage for codebase or system errors, and keeps dev_message apart', () => {
    for (const type of ['codebase', 'system']) {
      const decoded = decode({
        error: {
          request_method: 'get',
          type,
          code: type === 'system' ? 500 : 404,
          message: 'An error occurred. Please try again later.',
          dev_message: 'Record id 42 does not exist in table posts.',
        },
      })
      expect(decoded?.type).toBe(type)
      expect(decoded?.userMessage).toBeUndefined()
      expect(decoded?.message).toBe('An error occurred. Please try again later.')
      expect(decoded?.devMessage).toBe('Record id 42 does not exist in table posts.')
    }
  })

  it('never lets dev_message stand in for a missing message', () => {
    const decoded = decode({ error: { type: 'user', code: 400, dev_message: 'SQL: column x' } })
    expect(decoded?.message).toBeUndefined()
    expect(decoded?.userMessage).toBeUndefined()
    expect(decoded?.devMessage).toBe('SQL: column x')
  })

  it('takes field messages as strings, lists, or an array of entries', () => {
    const decoded = decode({
      error: {
        type: 'user',
        code: 422,
        message: 'Check the form.',
        fields: { email: ['Invalid email.', 'Already used.'], 'address[city]': 'Required.' },
      },
    })
    expect(decoded?.fields).toEqual({
      email: ['Invalid email.', 'Already used.'],
      'address.city': ['Required.'],
    })
    const fromArray = decode({
      error: {
        type: 'user',
        code: 400,
        fields: [
          { field: 'username', message: 'Taken.' },
          { password: 'Too short.' },
          'junk',
          null,
        ],
      },
    })
    expect(fromArray?.fields).toEqual({ username: ['Taken.'], password: ['Too short.'] })
  })

  it('reads the status from code and a retry_after hint', () => {
    const decoded = decode({
      error: { request_method: 'get', type: 'codebase', code: 429, message: 'x', retry_after: 10 },
    })
    expect(decoded?.status).toBe(429)
    expect(decoded?.retryAfterMs).toBe(10_000)
  })

  it('rejects look-alikes: bkend, Firebase, Stripe and unknown types', () => {
    expect(
      decode({
        success: false,
        error: { code: 'auth/forbidden', message: 'Access permission denied' },
      }),
    ).toBeUndefined()
    expect(
      decode({
        error: {
          code: 400,
          message: 'EMAIL_EXISTS',
          errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
        },
      }),
    ).toBeUndefined()
    expect(
      decode({
        error: {
          type: 'invalid_request_error',
          code: 'resource_missing',
          message: 'No such customer',
          param: 'id',
        },
      }),
    ).toBeUndefined()
    expect(
      decode({ error: { type: 'user', message: 'no code and no request_method' } }),
    ).toBeUndefined()
    expect(decode({ error: { type: 'admin', code: 400, request_method: 'post' } })).toBeUndefined()
    expect(decode({ error: { type: 'user', code: '400' } })).toBeUndefined()
    expect(decode({ success: true, payload: { type: 'user', code: 400 } })).toBeUndefined()
    expect(isBackstackError({ type: 'system', request_method: 'get' })).toBe(true)
    expect(isBackstackError({ type: 'system', code: 7 })).toBe(false)
  })

  it('survives bad input', () => {
    for (const body of [null, undefined, 'text', 42, [], [{ error: {} }]]) {
      expect(decode(body)).toBeUndefined()
    }
    const cyclic: Record<string, unknown> = { type: 'user', code: 400 }
    cyclic.fields = cyclic
    cyclic.error = cyclic
    const decoded = decode(cyclic)
    expect(decoded?.status).toBe(400)
    const polluted = decode(
      JSON.parse(
        '{"error":{"type":"user","code":400,"message":"x","fields":{"__proto__":"bad","name":"ok"}}}',
      ),
    )
    expect(polluted?.fields).toEqual({ name: ['ok'] })
    expect(polluted?.formErrors).toEqual(['bad'])
    expect(({} as Record<string, unknown>).bad).toBeUndefined()
    const odd = decode({ error: { type: 'user', code: 400, message: 12, dev_message: { a: 1 } } })
    expect(odd).toMatchObject({ message: undefined, userMessage: undefined, devMessage: undefined })
    const html = decode({ error: { type: 'user', code: 400, message: '<script>x</script>' } })
    expect(html?.userMessage).toBe('<script>x</script>')
  })
})

// Documented bodies, through the whole pipeline. Source: Backstack's "Errors" page
// (seeds/backstack-errors.txt: the error object, the types and codes) and its newer envelope
// recorded in BACKENDS.md.
describe('backstackDecoder with documented bodies', () => {
  const fields = { username: 'This value is required.', password: 'This value is required.' }
  it.each([
    [
      'the error object',
      {
        error: {
          request_method: 'post',
          type: 'user',
          code: 400,
          message: 'Required values are missing.',
          fields,
          dev_message: 'Unknown resource.',
        },
      },
      'Unknown resource.',
    ],
    [
      'the newer envelope',
      {
        success: false,
        message: 'Required values are missing.',
        payload: {
          app_id: 'app_1234567890',
          request_method: 'post',
          type: 'user',
          code: 400,
          fields,
          dev_message: '',
        },
      },
      undefined,
    ],
  ])('%s', (_, body, devMessage) => {
    for (const context of [{ status: 400 }, {}]) {
      const error = decodeError(body, context)
      expect(error).toMatchObject({
        format: 'backstack',
        status: 400,
        code: 'http/400',
        kind: 'validation',
        type: 'user',
        // Backstack promises `message` is for users on `user` errors.
        userMessage: 'Required values are missing.',
        devMessage,
        requestMethod: 'POST',
      })
      expect(error.fields).toEqual({
        username: ['This value is required.'],
        password: ['This value is required.'],
      })
    }
  })

  it.each([
    [401, 'codebase', 'auth'],
    [403, 'codebase', 'permission'],
    [404, 'codebase', 'not-found'],
    [429, 'user', 'rate-limit'],
    [500, 'system', 'server'],
  ] as const)(
    'a %i of type %s keeps its type and speaks with the catalog unless it is a user error',
    (code, type, kind) => {
      const message = type === 'user' ? 'Slow down.' : 'An error occurred. Please try again later.'
      const body = {
        error: { request_method: 'get', type, code, message, dev_message: 'Unknown resource.' },
      }
      const error = decodeError(body, {})
      expect(error).toMatchObject({ status: code, kind, type, devMessage: 'Unknown resource.' })
      expect(error.userMessage).toBe(type === 'user' ? 'Slow down.' : defaultKindMessages[kind])
    },
  )
})
