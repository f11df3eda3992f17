import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { laravelDecoder } from './laravel.js'

const decode = (body: unknown) => laravelDecoder.decode(body, {})

describe('laravelDecoder', () => {
  it("decodes the validation docs' example with nested array keys", () => {
    const body = {
      message: 'The team name must be a string. (and 4 more errors)',
      errors: {
        team_name: [
          'The team name must be a string.',
          'The team name must be at least 1 characters.',
        ],
        'authorization.role': ['The selected authorization.role is invalid.'],
        'users.0.email': ['The users.0.email field is required.'],
        'users.2.email': ['The users.2.email must be a valid email address.'],
      },
    }
    expect(decode(body)).toEqual({
      format: 'laravel',
      message: 'The team name must be a string. (and 4 more errors)',
      kind: 'validation',
      fields: {
        team_name: [
          'The team name must be a string.',
          'The team name must be at least 1 characters.',
        ],
        'authorization.role': ['The selected authorization.role is invalid.'],
        'users.0.email': ['The users.0.email field is required.'],
        'users.2.email': ['The users.2.email must be a valid email address.'],
      },
      formErrors: undefined,
      retryAfterMs: undefined,
    })
  })

  it('accepts a single string per field', () => {
    const decoded = decode({
      message: 'Invalid.',
      errors: { email: 'The email has already been taken.' },
    })
    expect(decoded?.fields).toEqual({ email: ['The email has already been taken.'] })
  })

  it('rejects look-alikes: plain Laravel messages, GraphQL/JSON:API lists, DRF, problem details maps', () => {
    expect(decode({ message: 'Unauthenticated.' })).toBeUndefined()
    expect(decode({ message: 'x', errors: [{ message: 'y' }] })).toBeUndefined()
    expect(decode({ errors: [{ status: '422', detail: 'x' }] })).toBeUndefined()
    expect(decode({ email: ['Enter a valid email address.'] })).toBeUndefined()
    expect(
      decode({ title: 'Invalid', status: 400, errors: { Name: ['Required.'] } }),
    ).toBeUndefined()
    expect(decode({ message: 'x', errors: {} })).toBeUndefined()
    expect(decode({ message: 'x', errors: { a: { b: ['c'] } } })).toBeUndefined()
    expect(decode({ message: 'x', errors: { a: [1, 2] } })).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [{ message: 'x', errors: { a: ['b'] } }]])
      expect(decode(body)).toBeUndefined()
    const cyclic: Record<string, unknown> = { message: 'loop' }
    cyclic.errors = cyclic
    expect(decode(cyclic)).toBeUndefined()
    const parsed = decode(
      JSON.parse(
        '{"message":"x","errors":{"__proto__":["bad"],"constructor.name":["worse"],"ok":["fine"]}}',
      ),
    )
    expect(parsed?.fields).toEqual({ ok: ['fine'] })
    expect(parsed?.formErrors).toEqual(['bad', 'worse'])
    expect(({} as Record<string, unknown>).bad).toBeUndefined()
    expect(decode({ message: '<b>x</b>', errors: { a: ['<i>y</i>'] } })).toMatchObject({
      message: '<b>x</b>',
      fields: { a: ['<i>y</i>'] },
    })
  })
})

// Documented bodies, through the whole pipeline. Sources: Laravel's "Validation" page
// (laravel.com/docs/validation, "Validation Error Response Format": the 422 body with
// "(and 4 more errors)" and dotted keys), "CSRF Protection" (a mismatch is answered with 419,
// `{ "message": "CSRF token mismatch." }` as JSON), "Rate Limiting" (429 `Too Many Attempts.`
// with Retry-After) and "Authentication" (`{ "message": "Unauthenticated." }`, 401).
describe('laravelDecoder with documented bodies', () => {
  it.each([
    [
      '422 validation bag',
      {
        message: 'The team name must be a string. (and 1 more error)',
        errors: {
          team_name: ['The team name must be a string.'],
          'users.0.email': ['The users.0.email field is required.'],
        },
      },
      422,
      { kind: 'validation', type: 'user', format: 'laravel' },
    ],
    [
      '419 CSRF token mismatch',
      { message: 'CSRF token mismatch.' },
      419,
      { kind: 'auth', type: 'user' },
    ],
    ['429 throttle', { message: 'Too Many Attempts.' }, 429, { kind: 'rate-limit', type: 'user' }],
    ['401', { message: 'Unauthenticated.' }, 401, { kind: 'auth', type: 'user' }],
    [
      '403',
      { message: 'This action is unauthorized.' },
      403,
      { kind: 'permission', type: 'codebase' },
    ],
  ] as const)('%s', (_, body, status, want) => {
    const error = decodeError(body, {
      status,
      headers: status === 429 ? { 'retry-after': '60' } : {},
    })
    expect(error).toMatchObject({ status, code: `http/${status}`, message: body.message, ...want })
    // Laravel promises nothing of its messages: the catalog speaks to the user.
    expect(error.userMessage).toBe(defaultKindMessages[want.kind])
    expect(error.retryAfterMs).toBe(status === 429 ? 60_000 : undefined)
  })

  it('keeps the "(and N more errors)" summary out of the form errors', () => {
    const error = decodeError(
      {
        message: 'The team name must be a string. (and 1 more error)',
        errors: {
          team_name: ['The team name must be a string.'],
          'users.0.email': ['The users.0.email field is required.'],
        },
      },
      { status: 422 },
    )
    expect(error.fields).toEqual({
      team_name: ['The team name must be a string.'],
      'users.0.email': ['The users.0.email field is required.'],
    })
    expect(error.formErrors).toEqual([])
  })
})
