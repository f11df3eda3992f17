import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { djangoDecoder } from './django.js'

const decode = (body: unknown) => djangoDecoder.decode(body, {})

describe('djangoDecoder', () => {
  it("decodes DRF's detail answers, such as the docs' method-not-allowed example", () => {
    expect(decode({ detail: "Method 'DELETE' not allowed." })).toEqual({
      format: 'django',
      code: undefined,
      message: "Method 'DELETE' not allowed.",
      retryAfterMs: undefined,
    })
    expect(decode({ detail: 'Authentication credentials were not provided.' })?.message).toBe(
      'Authentication credentials were not provided.',
    )
  })

  it("takes simplejwt's code next to detail", () => {
    const body = {
      detail: 'Given token not valid for any token type',
      code: 'token_not_valid',
      messages: [
        {
          token_class: 'AccessToken',
          token_type: 'access',
          message: 'Token is invalid or expired',
        },
      ],
    }
    expect(decode(body)).toMatchObject({
      code: 'django/token-not-valid',
      message: 'Given token not valid for any token type',
    })
  })

  it("decodes the docs' serializer errors and non_field_errors", () => {
    expect(
      decode({
        amount: ['A valid integer is required.'],
        description: ['This field may not be blank.'],
      }),
    ).toEqual({
      format: 'django',
      kind: 'validation',
      fields: {
        amount: ['A valid integer is required.'],
        description: ['This field may not be blank.'],
      },
      formErrors: undefined,
    })
    expect(
      decode({ non_field_errors: ['The fields start_date and end_date must make a unique set.'] }),
    ).toEqual({
      format: 'django',
      kind: 'validation',
      fields: undefined,
      formErrors: ['The fields start_date and end_date must make a unique set.'],
    })
  })

  it('walks nested serializers, list serializers and list fields', () => {
    const body = {
      items: [{}, { price: ['Ensure this value is greater than or equal to 0.'] }],
      address: { city: ['This field is required.'], non_field_errors: ['Unknown address.'] },
      tags: { '0': ['Not a valid string.'] },
      email: ['Enter a valid email address.'],
    }
    expect(decode(body)?.fields).toEqual({
      'items.1.price': ['Ensure this value is greater than or equal to 0.'],
      'address.city': ['This field is required.'],
      address: ['Unknown address.'],
      'tags.0': ['Not a valid string.'],
      email: ['Enter a valid email address.'],
    })
  })

  // Regression: DRF's ValidationError coerces a string detail to a list ("the details should
  // always be coerced to a list", rest_framework/exceptions.py,
  // https://github.com/encode/django-rest-framework/blob/master/rest_framework/exceptions.py), so
  // `raise ValidationError('...')` in a view answers 400 with a top-level list; a list serializer
  // (`many=True`) answers with a list of error objects, `{}` for the valid items.
  it('decodes the top-level lists of a ValidationError raised in a view and of list serializers', () => {
    expect(decode(['This booking overlaps another one.'])).toEqual({
      format: 'django',
      kind: 'validation',
      fields: undefined,
      formErrors: ['This booking overlaps another one.'],
    })
    expect(decode([{}, { name: ['This field is required.'] }])?.fields).toEqual({
      '1.name': ['This field is required.'],
    })
    expect(decode([])).toBeUndefined()
    expect(decode([{ message: 'x' }])).toBeUndefined()
    expect(decode([1, 2])).toBeUndefined()
  })

  it('stays bounded on an object that refers to itself from many members', () => {
    const fan: Record<string, unknown> = { name: ['Required.'] }
    for (let i = 0; i < 200; i++) fan[`k${i}`] = fan
    const started = performance.now()
    const decoded = decode(fan)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(decoded?.fields?.name).toEqual(['Required.'])
  })

  it('stops at depth 8', () => {
    let deep: unknown = ['too deep']
    for (let i = 0; i < 12; i++) deep = { [`l${i}`]: deep }
    const decoded = decode({ shallow: ['ok'], deep })
    expect(decoded?.fields).toEqual({ shallow: ['ok'] })
  })

  it('rejects look-alikes: generic, Laravel, GraphQL, JSON:API, FastAPI, Firebase, Backstack, PostgREST', () => {
    expect(decode({ message: 'Something failed' })).toBeUndefined()
    expect(
      decode({ message: 'The given data was invalid.', errors: { email: ['x'] } }),
    ).toBeUndefined()
    expect(decode({ errors: [{ message: 'x' }], data: null })).toBeUndefined()
    expect(decode({ errors: [{ status: '422', detail: 'x' }] })).toBeUndefined()
    expect(decode({ detail: [{ loc: ['body', 'a'], msg: 'x', type: 't' }] })).toBeUndefined()
    expect(decode({ error: { code: 400, message: 'EMAIL_EXISTS' } })).toBeUndefined()
    expect(
      decode({ success: false, message: 'x', payload: { type: 'user', code: 400 } }),
    ).toBeUndefined()
    expect(decode({ code: '23505', message: 'x', details: null, hint: null })).toBeUndefined()
    expect(decode({ detail: 'x', status: 404 })).toBeUndefined()
    expect(decode({ field: [1, 2] })).toBeUndefined()
    expect(decode({ field: [] })).toBeUndefined()
    expect(decode({})).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [null]]) expect(decode(body)).toBeUndefined()
    const cyclic: Record<string, unknown> = { name: ['Required.'] }
    cyclic.self = cyclic
    const fields = decode(cyclic)?.fields ?? {}
    expect(fields.name).toEqual(['Required.'])
    expect(fields['self.self.name']).toEqual(['Required.'])
    expect(Object.keys(fields).length).toBeLessThanOrEqual(9)
    const cyclicList: unknown[] = []
    cyclicList.push(cyclicList, 'loop')
    const listFields = decode({ list: cyclicList })?.fields ?? {}
    expect(listFields.list).toEqual(['loop'])
    expect(listFields['list.0']).toEqual(['loop'])
    expect(Object.keys(listFields).length).toBeLessThanOrEqual(9)
    const parsed = decode(
      JSON.parse('{"__proto__":["bad"],"items":[{"__proto__":["worse"]}],"ok":["fine"]}'),
    )
    expect(parsed?.fields).toEqual({ ok: ['fine'] })
    expect(parsed?.formErrors).toEqual(['bad', 'worse'])
    expect(({} as Record<string, unknown>).bad).toBeUndefined()
    expect(decode({ detail: { nested: 'x' } })).toBeUndefined()
    expect(decode({ name: ['<script>alert(1)</script>'] })?.fields).toEqual({
      name: ['<script>alert(1)</script>'],
    })
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, ['m']]))
    expect(Object.keys(decode(wide)?.fields ?? {})).toHaveLength(200)
  })
})

// Documented bodies, through the whole pipeline. Sources: Django REST framework's "Exceptions"
// (django-rest-framework.org/api-guide/exceptions: `{"detail": "Method 'DELETE' not allowed."}`,
// throttling's `detail`), "Serializers" (`{'email': ['Enter a valid email address.'],
// 'created': ['This field is required.']}`, `non_field_errors`, nested serializers) and
// Simple JWT's token error (`detail`, `code: 'token_not_valid'`, `messages`).
describe('djangoDecoder with documented bodies', () => {
  it.each([
    [
      'serializer errors',
      {
        email: ['Enter a valid email address.'],
        created: ['This field is required.'],
        non_field_errors: ['The fields start_date and end_date must make a unique set.'],
      },
      400,
      { email: ['Enter a valid email address.'], created: ['This field is required.'] },
      ['The fields start_date and end_date must make a unique set.'],
    ],
    [
      'nested and list serializers',
      {
        user: { email: ['Enter a valid email address.'] },
        tracks: [
          {},
          { title: ['This field may not be blank.'], non_field_errors: ['Duplicate track.'] },
        ],
      },
      400,
      {
        'user.email': ['Enter a valid email address.'],
        'tracks.1.title': ['This field may not be blank.'],
        'tracks.1': ['Duplicate track.'],
      },
      [],
    ],
  ])('%s', (_, body, status, fields, formErrors) => {
    const error = decodeError(body, { status })
    expect(error).toMatchObject({
      format: 'django',
      status,
      kind: 'validation',
      userMessage: defaultKindMessages.validation,
    })
    expect(error.fields).toEqual(fields)
    expect(error.formErrors).toEqual(formErrors)
  })

  it.each([
    [{ detail: "Method 'DELETE' not allowed." }, 405, 'http/405', 'unknown'],
    [{ detail: 'Authentication credentials were not provided.' }, 401, 'http/401', 'auth'],
    [
      { detail: 'Request was throttled. Expected available in 56 seconds.' },
      429,
      'http/429',
      'rate-limit',
    ],
    [
      {
        detail: 'Given token not valid for any token type',
        code: 'token_not_valid',
        messages: [
          {
            token_class: 'AccessToken',
            token_type: 'access',
            message: 'Token is invalid or expired',
          },
        ],
      },
      401,
      'django/token-not-valid',
      'auth',
    ],
  ] as const)('%j', (body, status, code, kind) => {
    const error = decodeError(body, { status })
    expect(error).toMatchObject({ format: 'django', status, code, kind, message: body.detail })
    expect(error.userMessage).toBe(defaultKindMessages[kind])
  })
})
