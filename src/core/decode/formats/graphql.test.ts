import { decodeError } from '../decodeError.js'
import { graphqlDecoder } from './graphql.js'

const decode = (body: unknown) => graphqlDecoder.decode(body, {})

describe('graphqlDecoder', () => {
  it("decodes the GraphQL spec's example with partial data", () => {
    const body = {
      errors: [
        {
          message: 'Name for character with ID 1002 could not be fetched.',
          locations: [{ line: 6, column: 7 }],
          path: ['hero', 'heroFriends', 1, 'name'],
        },
      ],
      data: {
        hero: {
          name: 'R2-D2',
          heroFriends: [
            { id: '1000', name: 'Luke Skywalker' },
            { id: '1002', name: null },
            { id: '1003', name: 'Leia Organa' },
          ],
        },
      },
    }
    expect(decode(body)).toEqual({
      format: 'graphql',
      code: undefined,
      message: 'Name for character with ID 1002 could not be fetched.',
      kind: 'unknown',
      fields: undefined,
      formErrors: undefined,
      retryAfterMs: undefined,
    })
  })

  it("takes the spec example's extensions code as the code", () => {
    const body = {
      errors: [
        {
          message: 'Name for character with ID 1002 could not be fetched.',
          locations: [{ line: 6, column: 7 }],
          path: ['hero', 'heroFriends', 1, 'name'],
          extensions: { code: 'CAN_NOT_FETCH_BY_ID', timestamp: 'Fri Feb 9 14:33:09 UTC 2018' },
        },
      ],
    }
    expect(decode(body)).toMatchObject({
      code: 'graphql/can-not-fetch-by-id',
      kind: 'unknown',
      fields: undefined,
    })
  })

  // Regression: a code the library does not know, at HTTP 200 as GraphQL sends errors, fell under
  // bkend's rule for unknown `domain/name` codes: status 400, kind validation, and a message
  // telling the user to check what they entered.
  it('leaves an unknown code at HTTP 200 an unknown error, not a validation error', () => {
    const body = {
      errors: [{ message: 'Could not fetch.', extensions: { code: 'CAN_NOT_FETCH_BY_ID' } }],
      data: null,
    }
    const error = decodeError(body, { status: 200 })
    expect(error).toMatchObject({ status: 0, kind: 'unknown', code: 'graphql/can-not-fetch-by-id' })
    expect(error.userMessage).toBe(decodeError(new Error('x')).userMessage)
  })

  it('maps the well-known codes to kinds', () => {
    const kindOf = (code: string) =>
      decode({ errors: [{ message: 'x', extensions: { code } }], data: null })?.kind
    expect(kindOf('UNAUTHENTICATED')).toBe('auth')
    expect(kindOf('FORBIDDEN')).toBe('permission')
    expect(kindOf('BAD_USER_INPUT')).toBe('validation')
    expect(kindOf('GRAPHQL_VALIDATION_FAILED')).toBe('unknown')
    expect(kindOf('NOT_FOUND')).toBe('not-found')
    expect(kindOf('INTERNAL_SERVER_ERROR')).toBe('server')
    expect(kindOf('toString')).toBe('unknown')
    expect(
      decode({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] })?.code,
    ).toBe('graphql/unauthenticated')
  })

  it('turns BAD_USER_INPUT errors into field messages, and only those', () => {
    const body = {
      errors: [
        {
          message: 'Email is taken',
          path: ['createUser'],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
        },
        {
          message: 'Invalid argument value',
          path: ['user'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
        },
        { message: 'Form-wide problem', extensions: { code: 'BAD_USER_INPUT' } },
        { message: 'Not allowed', path: ['deleteUser'], extensions: { code: 'FORBIDDEN' } },
        {
          message: 'Cannot query field "x" on type "Query".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
      data: null,
    }
    const decoded = decode(body)
    expect(decoded?.code).toBe('graphql/bad-user-input')
    expect(decoded?.fields).toEqual({
      'input.email': ['Email is taken'],
      id: ['Invalid argument value'],
    })
    expect(decoded?.formErrors).toEqual(['Form-wide problem'])
  })

  // Regression: `path` names the response field that failed (the spec: "the path of the response
  // field which experienced the error", https://spec.graphql.org/October2021/#sec-Errors), never an
  // input field, so a BAD_USER_INPUT error that names no argument belongs to the form.
  it('sends BAD_USER_INPUT without a field or argumentName to the form, whatever its path', () => {
    const body = {
      errors: [
        {
          message: 'This email is already taken.',
          locations: [{ line: 2, column: 3 }],
          path: ['createUser'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
        {
          message: 'Quantity must be positive.',
          path: ['order', 'items', 0, 'quantity'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
      data: { createUser: null, order: null },
    }
    const decoded = decode(body)
    expect(decoded?.fields).toBeUndefined()
    expect(decoded?.formErrors).toEqual([
      'This email is already taken.',
      'Quantity must be positive.',
    ])
  })

  it('reads a retry hint from extensions', () => {
    const body = {
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 3 } }],
    }
    expect(decode(body)?.retryAfterMs).toBe(3000)
  })

  it('rejects look-alikes: JSON:API, generic envelopes with errors, empty lists', () => {
    expect(
      decode({
        errors: [
          {
            status: '422',
            title: 'Invalid Attribute',
            source: { pointer: '/data/attributes/firstName' },
          },
        ],
      }),
    ).toBeUndefined()
    expect(decode({ message: 'Validation failed', errors: [{ message: 'x' }] })).toBeUndefined()
    expect(decode({ success: false, errors: [{ message: 'x' }] })).toBeUndefined()
    expect(decode({ errors: [{ message: 'x' }, { detail: 'y' }] })).toBeUndefined()
    expect(decode({ errors: [], data: null })).toBeUndefined()
    expect(decode({ data: { user: null } })).toBeUndefined()
    expect(decode({ errors: { email: ['x'] } })).toBeUndefined()
  })

  // Regression: a GraphQL error has only `message`, `locations`, `path` and `extensions`
  // (https://spec.graphql.org/October2021/#sec-Errors); `{ errors: [{ field, message }] }` is the
  // plain validation list the generic decoder reads into field messages, and must reach it.
  it('leaves a plain errors list whose items name a field to the generic decoder', () => {
    expect(
      decode({
        errors: [
          { field: 'email', message: 'Enter a valid email address.' },
          { field: 'password', message: 'Password is too short.' },
        ],
      }),
    ).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [{ errors: [{ message: 'x' }] }]])
      expect(decode(body)).toBeUndefined()
    const cyclic: Record<string, unknown> = { message: 'loop' }
    cyclic.extensions = cyclic
    cyclic.path = [cyclic]
    expect(decode({ errors: [cyclic] })?.message).toBe('loop')
    const parsed = decode(
      JSON.parse(
        '{"errors":[{"message":"bad","extensions":{"code":"BAD_USER_INPUT","field":"__proto__"}}]}',
      ),
    )
    expect(parsed?.fields).toBeUndefined()
    expect(parsed?.formErrors).toEqual(['bad'])
    expect(decode({ errors: [{ message: 5 }] })).toBeUndefined()
    expect(decode({ errors: [{ message: '<a href="x">y</a>' }] })?.message).toBe(
      '<a href="x">y</a>',
    )
    const long = {
      errors: [
        {
          message: 'm',
          path: Array.from({ length: 100_000 }, (_, i) => i),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    }
    expect(decode(long)?.formErrors).toEqual(['m'])
  })
})
