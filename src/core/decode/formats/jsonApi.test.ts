import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { jsonApiDecoder } from './jsonApi.js'
import type { DecodeContext } from '../types.js'

const decode = (body: unknown, context: DecodeContext = {}) => jsonApiDecoder.decode(body, context)

describe('jsonApiDecoder', () => {
  it("decodes the spec's single-error example", () => {
    const body = {
      errors: [
        {
          status: '422',
          source: { pointer: '/data/attributes/firstName' },
          title: 'Invalid Attribute',
          detail: 'First name must contain at least two characters.',
        },
      ],
    }
    expect(decode(body)).toEqual({
      format: 'json-api',
      code: undefined,
      status: 422,
      message: 'First name must contain at least two characters.',
      kind: 'validation',
      fields: { firstName: ['First name must contain at least two characters.'] },
      formErrors: undefined,
      retryAfterMs: undefined,
    })
  })

  it("decodes the spec's multiple-errors example, one field with two messages", () => {
    const body = {
      jsonapi: { version: '1.1' },
      errors: [
        {
          code: '123',
          source: { pointer: '/data/attributes/firstName' },
          title: 'Value is too short',
          detail: 'First name must contain at least two characters.',
        },
        {
          code: '225',
          source: { pointer: '/data/attributes/password' },
          title: 'Passwords must contain a letter, number, and punctuation character.',
          detail: 'The password provided is missing a punctuation character.',
        },
        {
          code: '226',
          source: { pointer: '/data/attributes/password' },
          title: 'Password and password confirmation do not match.',
        },
      ],
    }
    const decoded = decode(body)
    expect(decoded?.code).toBe('jsonapi/123')
    expect(decoded?.status).toBeUndefined()
    expect(decoded?.fields).toEqual({
      firstName: ['First name must contain at least two characters.'],
      password: [
        'The password provided is missing a punctuation character.',
        'Password and password confirmation do not match.',
      ],
    })
  })

  it('strips relationships, keeps nested attribute paths, reads parameters, sends the rest to the form', () => {
    const body = {
      errors: [
        {
          status: '422',
          source: { pointer: '/data/relationships/author' },
          detail: 'Author is required.',
        },
        {
          status: '422',
          source: { pointer: '/data/attributes/address/city' },
          detail: 'City is required.',
        },
        { status: '400', source: { parameter: 'include' }, title: 'Invalid Query Parameter' },
        { status: '422', source: { pointer: '/data' }, detail: 'Missing data member.' },
        { status: '403', title: 'Editing is not allowed.' },
      ],
    }
    const decoded = decode(body)
    expect(decoded?.status).toBe(422)
    expect(decoded?.fields).toEqual({
      author: ['Author is required.'],
      'address.city': ['City is required.'],
      include: ['Invalid Query Parameter'],
    })
    expect(decoded?.formErrors).toEqual(['Missing data member.', 'Editing is not allowed.'])
  })

  it('keeps a domain/name code and a status-only error', () => {
    const decoded = decode({
      errors: [{ status: '404', code: 'data/not-found', title: 'Not Found' }],
    })
    expect(decoded).toMatchObject({
      code: 'data/not-found',
      status: 404,
      message: 'Not Found',
      kind: undefined,
    })
  })

  it('rejects look-alikes: GraphQL, problem details, Laravel', () => {
    expect(
      decode({
        errors: [
          { message: 'Name for character with ID 1002 could not be fetched.', path: ['hero'] },
        ],
      }),
    ).toBeUndefined()
    expect(
      decode({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' }, title: 'y' }] }),
    ).toBeUndefined()
    expect(
      decode({
        message: 'The given data was invalid.',
        errors: { email: ['The email field is required.'] },
      }),
    ).toBeUndefined()
    expect(
      decode({
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        errors: [{ detail: 'must be a positive integer', pointer: '#/age' }],
      }),
    ).toBeUndefined()
    expect(decode({ success: false, errors: [{ title: 'x' }] })).toBeUndefined()
    expect(decode({ errors: [] })).toBeUndefined()
    expect(decode({ errors: ['a', 'b'] })).toBeUndefined()
    expect(decode({ errors: [{ field: 'email' }] })).toBeUndefined()
  })

  it('is recognised by the content type or the jsonapi member when items are sparse', () => {
    expect(decode({ errors: [{ id: 'e1' }] })).toBeUndefined()
    expect(
      decode(
        { errors: [{ id: 'e1' }] },
        { headers: { 'content-type': 'application/vnd.api+json' } },
      )?.format,
    ).toBe('json-api')
    expect(decode({ jsonapi: { version: '1.0' }, errors: [{ id: 'e1' }] })?.format).toBe('json-api')
  })

  it('reads the content type from headers of any shape', () => {
    const sparse = { errors: [{ id: 'e1' }] }
    const type = 'application/vnd.api+json'
    expect(decode(sparse, { headers: new Headers({ 'Content-Type': type }) })?.format).toBe(
      'json-api',
    )
    expect(decode(sparse, { headers: new Map([['content-type', type]]) })?.format).toBe('json-api')
    expect(decode(sparse, { headers: { 'CONTENT-TYPE': [type] } })?.format).toBe('json-api')
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [{ errors: [{ status: '400' }] }]])
      expect(decode(body)).toBeUndefined()
    const cyclic: Record<string, unknown> = { status: '500', title: 'loop' }
    cyclic.source = cyclic
    const body = { errors: [cyclic, cyclic] }
    expect(decode(body)).toMatchObject({ status: 500, message: 'loop', formErrors: ['loop'] })
    const parsed = decode(
      JSON.parse(
        '{"errors":[{"status":"422","detail":"bad","source":{"pointer":"/data/attributes/__proto__/x"}}]}',
      ),
    )
    expect(parsed?.fields).toBeUndefined()
    expect(parsed?.formErrors).toEqual(['bad'])
    expect(decode({ errors: [{ status: 422, title: ['x'], detail: {} }] })).toMatchObject({
      status: 422,
      message: undefined,
    })
    expect(decode({ errors: [{ title: '<i>x</i>' }] })?.message).toBe('<i>x</i>')
    const many = {
      errors: Array.from({ length: 5000 }, (_, i) => ({
        detail: 'd',
        source: { pointer: `/data/attributes/f${i}` },
      })),
    }
    expect(Object.keys(decode(many)?.fields ?? {})).toHaveLength(200)
  })
})

// Documented bodies, through the whole pipeline. Source: the JSON:API 1.1 specification,
// "Error Objects" and its examples (jsonapi.org/format and jsonapi.org/examples: the 422
// firstName example, several errors with 403 and 422, and `source.parameter`).
describe('jsonApiDecoder with documented bodies', () => {
  it.each([
    [
      'one invalid attribute',
      {
        errors: [
          {
            status: '422',
            source: { pointer: '/data/attributes/firstName' },
            title: 'Invalid Attribute',
            detail: 'First name must contain at least two characters.',
          },
        ],
      },
      422,
      'validation',
      { firstName: ['First name must contain at least two characters.'] },
      [],
    ],
    [
      'several errors',
      {
        jsonapi: { version: '1.1' },
        errors: [
          {
            id: '1',
            status: '403',
            source: { pointer: '/data/attributes/secretPowers' },
            detail: 'Editing secret powers is not authorized on Sundays.',
          },
          {
            status: '422',
            source: { pointer: '/data/attributes/volume' },
            detail: 'Volume does not, in fact, go to 11.',
          },
        ],
      },
      403,
      'permission',
      {
        secretPowers: ['Editing secret powers is not authorized on Sundays.'],
        volume: ['Volume does not, in fact, go to 11.'],
      },
      [],
    ],
    [
      'an error with no source',
      {
        errors: [
          {
            status: '500',
            title: 'Internal Server Error',
            detail: 'The backend responded with an error',
          },
        ],
      },
      500,
      'server',
      {},
      ['The backend responded with an error'],
    ],
  ] as const)('%s', (_, body, status, kind, fields, formErrors) => {
    // The status the error objects state is used when the response's is not known.
    for (const context of [{ status }, {}]) {
      const error = decodeError(body, context)
      expect(error).toMatchObject({
        format: 'json-api',
        status,
        kind,
        userMessage: defaultKindMessages[kind],
      })
      expect(error.fields).toEqual(fields)
      expect(error.formErrors).toEqual(formErrors)
    }
  })
})
