import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { problemDetailsDecoder } from './problemDetails.js'
import type { DecodeContext } from '../types.js'

const decode = (body: unknown, context: DecodeContext = {}) =>
  problemDetailsDecoder.decode(body, context)

describe('problemDetailsDecoder', () => {
  it("decodes RFC 9457's out-of-credit example and keeps instance out", () => {
    const body = {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
      balance: 30,
      accounts: ['/account/12345', '/account/67890'],
    }
    expect(decode(body)).toEqual({
      format: 'problem-details',
      code: undefined,
      status: undefined,
      message: 'Your current balance is 30, but that costs 50.',
      kind: undefined,
      fields: undefined,
      formErrors: undefined,
      retryAfterMs: undefined,
    })
  })

  it("decodes RFC 9457's validation example with JSON pointers", () => {
    const body = {
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
      ],
    }
    expect(decode(body)).toMatchObject({
      message: 'Your request is not valid.',
      kind: 'validation',
      fields: {
        age: ['must be a positive integer'],
        'profile.color': ["must be 'green', 'red' or 'blue'"],
      },
    })
  })

  it("decodes RFC 7807's invalid-params example, and invalid_params too", () => {
    const body = {
      type: 'https://example.net/validation-error',
      title: "Your request parameters didn't validate.",
      'invalid-params': [
        { name: 'age', reason: 'must be a positive integer' },
        { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
      ],
    }
    const expected = {
      age: ['must be a positive integer'],
      color: ["must be 'green', 'red' or 'blue'"],
    }
    expect(decode(body)?.fields).toEqual(expected)
    const snake = { title: 'Bad', status: 400, invalid_params: body['invalid-params'] }
    expect(decode(snake)?.fields).toEqual(expected)
  })

  it("decodes RFC 7807's out-of-credit example with its status", () => {
    const body = {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      status: 403,
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
    }
    expect(decode(body)).toMatchObject({
      status: 403,
      message: 'Your current balance is 30, but that costs 50.',
    })
  })

  it("decodes ASP.NET Core's errors map", () => {
    const body = {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: {
        Name: ['The Name field is required.'],
        '$.items[0].price': ['Must be positive.'],
        $: ['Bad JSON.'],
      },
      traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    }
    expect(decode(body)).toMatchObject({
      status: 400,
      fields: { Name: ['The Name field is required.'], 'items.0.price': ['Must be positive.'] },
      formErrors: ['Bad JSON.'],
    })
  })

  it('uses a code extension, as domain/name or built from it', () => {
    expect(
      decode({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'auth/forbidden' })
        ?.code,
    ).toBe('auth/forbidden')
    expect(
      decode({ type: 'about:blank', title: 'Out of credit', code: 'OUT_OF_CREDIT' })?.code,
    ).toBe('problem/out-of-credit')
  })

  it('is recognised by its content type even with few members', () => {
    const headers = { 'Content-Type': 'application/problem+json; charset=utf-8' }
    expect(decode({ title: 'Not Found' }, { headers })).toMatchObject({ message: 'Not Found' })
    expect(
      decode({}, { headers: new Headers({ 'content-type': 'application/problem+json' }) }),
    ).toMatchObject({
      format: 'problem-details',
    })
    expect(decode({ title: 'Not Found' })).toBeUndefined()
    expect(
      decode({ title: 'x' }, { headers: { 'content-type': 'application/json' } }),
    ).toBeUndefined()
  })

  it('reads a retry_after extension', () => {
    expect(
      decode({ type: 'about:blank', title: 'Too Many Requests', status: 429, retry_after: 60 })
        ?.retryAfterMs,
    ).toBe(60_000)
  })

  it('rejects look-alikes: JSON:API, GraphQL, Stripe, generic bodies', () => {
    expect(
      decode({
        errors: [
          {
            status: '422',
            title: 'Invalid Attribute',
            detail: 'x',
            source: { pointer: '/data/attributes/firstName' },
          },
        ],
      }),
    ).toBeUndefined()
    expect(decode({ errors: [{ message: 'x', path: ['a'] }], data: null })).toBeUndefined()
    expect(
      decode({ error: { type: 'card_error', message: 'Your card was declined.' } }),
    ).toBeUndefined()
    expect(decode({ message: 'x', status: 400 })).toBeUndefined()
    expect(decode({ type: 'error', message: 'x' })).toBeUndefined()
    expect(decode({ detail: 'Not found.' })).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [{ type: 'a', title: 'b' }]])
      expect(decode(body)).toBeUndefined()
    const cyclic: Record<string, unknown> = { type: 'about:blank', title: 'loop' }
    cyclic.errors = [cyclic, cyclic]
    cyclic['invalid-params'] = cyclic
    expect(decode(cyclic)?.message).toBe('loop')
    const parsed = decode(
      JSON.parse(
        '{"type":"about:blank","title":"x","errors":[{"detail":"bad","pointer":"#/__proto__/polluted"}],"invalid-params":[{"name":"constructor","reason":"no"}]}',
      ),
    )
    expect(parsed?.fields).toBeUndefined()
    expect(parsed?.formErrors).toEqual(['bad', 'no'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(
      decode({ type: 'about:blank', title: { a: 1 }, detail: 5, status: 400 })?.message,
    ).toBeUndefined()
    expect(decode({ type: 'x', title: '<b>Bad</b>' })?.message).toBe('<b>Bad</b>')
    const many = {
      type: 'x',
      title: 'y',
      errors: Array.from({ length: 10_000 }, (_, i) => ({ detail: 'm', pointer: `#/f${i}` })),
    }
    expect(Object.keys(decode(many)?.fields ?? {})).toHaveLength(200)
  })
})

// Documented bodies, through the whole pipeline. Sources: RFC 9457 section 3 (the out-of-credit
// example, served with 403) and section 3's validation example (`errors` with JSON Pointers,
// 422), RFC 7807 section 3 (`invalid-params`, 400), and ASP.NET Core's ValidationProblemDetails
// ("Handle errors in ASP.NET Core APIs", learn.microsoft.com: `errors` as a map, `traceId`).
describe('problemDetailsDecoder with documented bodies', () => {
  it.each([
    [
      'RFC 9457 out of credit',
      {
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
        balance: 30,
        accounts: ['/account/12345', '/account/67890'],
      },
      403,
      'permission',
      'Your current balance is 30, but that costs 50.',
      {},
    ],
    [
      'RFC 9457 validation',
      {
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        errors: [
          { detail: 'must be a positive integer', pointer: '#/age' },
          { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
        ],
      },
      422,
      'validation',
      'Your request is not valid.',
      {
        age: ['must be a positive integer'],
        'profile.color': ["must be 'green', 'red' or 'blue'"],
      },
    ],
    [
      'RFC 7807 invalid-params',
      {
        type: 'https://example.net/validation-error',
        title: "Your request parameters didn't validate.",
        'invalid-params': [
          { name: 'age', reason: 'must be a positive integer' },
          { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
        ],
      },
      400,
      'validation',
      "Your request parameters didn't validate.",
      { age: ['must be a positive integer'], color: ["must be 'green', 'red' or 'blue'"] },
    ],
    [
      'ASP.NET Core ValidationProblemDetails',
      {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: {
          Name: ['The Name field is required.'],
          'Items[0].Price': ['The field Price must be between 0 and 100.'],
        },
        traceId: '00-0aa7d64ad154a1e1853c413a0def982d-195d3058c0fd4d4d-00',
      },
      400,
      'validation',
      'One or more validation errors occurred.',
      {
        Name: ['The Name field is required.'],
        'Items.0.Price': ['The field Price must be between 0 and 100.'],
      },
    ],
  ] as const)('%s', (_, body, status, kind, message, fields) => {
    const error = decodeError(body, {
      status,
      headers: { 'content-type': 'application/problem+json' },
    })
    expect(error).toMatchObject({
      format: 'problem-details',
      status,
      code: `http/${status}`,
      kind,
      message,
    })
    // `title` and `detail` are not promised to be for end users: the catalog speaks.
    expect(error.userMessage).toBe(defaultKindMessages[kind])
    expect(error.fields).toEqual(fields)
  })
})
