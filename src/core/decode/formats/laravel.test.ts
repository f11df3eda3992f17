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
