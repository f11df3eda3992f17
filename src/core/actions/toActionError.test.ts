import { ApiError } from '../ApiError.js'
import { decodeError } from '../decode/decodeError.js'
import { fromActionError, isActionError } from './fromActionError.js'
import { toActionError } from './toActionError.js'

// What a server action returns crosses to the page as data (React's Flight, or JSON): it must
// hold what the page needs and nothing a developer would keep to themselves.

const secretError = () =>
  decodeError(
    {
      error: {
        request_method: 'post',
        type: 'user',
        code: 400,
        message: 'Required values are missing.',
        fields: { user_name: 'This value is required.' },
        dev_message: 'SQLSTATE[23000] users.user_name at db-7.internal',
      },
    },
    {
      status: 400,
      url: 'https://api.example.com/v1/users?token=sk_live_url_secret',
      headers: { 'retry-after': '30', 'x-request-id': 'req-42' },
    },
  )

describe('toActionError', () => {
  it('keeps code, kind, status, type, user message, fields, form errors, the wait and the request id', () => {
    expect(toActionError(secretError())).toEqual({
      name: 'ActionError',
      status: 400,
      code: 'http/400',
      kind: 'validation',
      type: 'user',
      userMessage: 'Required values are missing.',
      fields: { user_name: ['This value is required.'] },
      formErrors: [],
      retryAfterMs: 30_000,
      requestId: 'req-42',
    })
  })

  it('never holds devMessage, raw, the technical message, the cause or the URL, after JSON or not', () => {
    const error = secretError()
    expect(error.devMessage).toContain('SQLSTATE') // the error itself has them: the shape drops them
    const shape = toActionError(error)
    expect(Object.keys(shape)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(devMessage|raw|message|cause|url)$/)]),
    )
    const sent = JSON.stringify(shape)
    expect(sent).not.toContain('SQLSTATE')
    expect(sent).not.toContain('db-7.internal')
    expect(sent).not.toContain('sk_live_url_secret')
    expect(sent).not.toContain('dev_message')
    expect(structuredClone(shape)).toEqual(shape)
  })

  it('decodes anything else without its text: a database error becomes an unknown error', () => {
    const shape = toActionError(new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2'))
    expect(shape.kind).toBe('unknown')
    expect(JSON.stringify(shape)).not.toMatch(/ECONNREFUSED|hunter2/)
  })

  it('throws redirect() and notFound() signals again, so Next.js still sees them', () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), {
      digest: 'NEXT_REDIRECT;replace;/welcome;307;',
    })
    const notFound = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), {
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    })
    expect(() => toActionError(redirect)).toThrow(redirect)
    expect(() => toActionError(notFound)).toThrow(notFound)
  })
})

describe('fromActionError', () => {
  it('gives the page the same error back as an ApiError', () => {
    const error = fromActionError(JSON.parse(JSON.stringify(toActionError(secretError()))))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      code: 'http/400',
      domain: 'http',
      kind: 'validation',
      type: 'user',
      message: 'Required values are missing.',
      userMessage: 'Required values are missing.',
      fields: { user_name: ['This value is required.'] },
      retryAfterMs: 30_000,
      requestId: 'req-42',
      format: 'action',
      devMessage: undefined,
    })
  })

  it('reads nothing from a value of another shape and drops what is not text', () => {
    expect(fromActionError(undefined)).toBeUndefined()
    expect(fromActionError({ name: 'ApiError', status: 400 })).toBeUndefined()
    expect(isActionError({ ...toActionError(secretError()), kind: 'nonsense' })).toBe(false)
    const shaped = {
      ...toActionError(secretError()),
      fields: { a: ['ok', 7, null] },
      formErrors: 'x',
    }
    expect(fromActionError(shaped)).toMatchObject({ fields: { a: ['ok'] }, formErrors: [] })
  })
})
