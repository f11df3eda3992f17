import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { fastApiDecoder } from './fastApi.js'

const decode = (body: unknown) => fastApiDecoder.decode(body, {})

describe('fastApiDecoder', () => {
  it("decodes the docs' request validation error (Pydantic v1 style)", () => {
    const body = {
      detail: [
        { loc: ['body', 'size'], msg: 'value is not a valid integer', type: 'type_error.integer' },
      ],
    }
    expect(decode(body)).toEqual({
      format: 'fastapi',
      kind: 'validation',
      fields: { size: ['value is not a valid integer'] },
      formErrors: undefined,
    })
  })

  it('decodes Pydantic v2 errors with nested locations', () => {
    const body = {
      detail: [
        {
          type: 'int_parsing',
          loc: ['path', 'item_id'],
          msg: 'Input should be a valid integer, unable to parse string as an integer',
          input: 'foo',
        },
        { type: 'missing', loc: ['body', 'items', 0, 'name'], msg: 'Field required', input: {} },
        {
          type: 'json_invalid',
          loc: ['body', 43],
          msg: 'JSON decode error',
          input: {},
          ctx: { error: 'Expecting value' },
        },
        {
          type: 'model_attributes_type',
          loc: ['body'],
          msg: 'Input should be a valid dictionary',
          input: 'x',
        },
        { type: 'value_error', loc: ['body', '__root__'], msg: 'passwords do not match' },
      ],
    }
    expect(decode(body)).toMatchObject({
      fields: {
        item_id: ['Input should be a valid integer, unable to parse string as an integer'],
        'items.0.name': ['Field required'],
      },
      formErrors: [
        'JSON decode error',
        'Input should be a valid dictionary',
        'passwords do not match',
      ],
    })
  })

  // Regression: FastAPI answers a body that is not valid JSON with `loc: ["body", <offset>]`, the
  // character where parsing stopped (fastapi/routing.py, the `json.JSONDecodeError` handler:
  // https://github.com/fastapi/fastapi/blob/master/fastapi/routing.py). The offset is no field.
  it('sends a JSON decode error to the form, not to a field named after its character offset', () => {
    const v2 = {
      detail: [
        {
          type: 'json_invalid',
          loc: ['body', 161],
          msg: 'JSON decode error',
          input: {},
          ctx: { error: "Expecting ',' delimiter" },
        },
      ],
    }
    expect(decode(v2)).toEqual({
      format: 'fastapi',
      kind: 'validation',
      fields: undefined,
      formErrors: ['JSON decode error'],
    })
    const v1 = {
      detail: [
        {
          loc: ['body', 63],
          msg: 'Expecting value: line 4 column 1 (char 63)',
          type: 'value_error.jsondecode',
        },
      ],
    }
    expect(decode(v1)?.fields).toBeUndefined()
    expect(decode(v1)?.formErrors).toEqual(['Expecting value: line 4 column 1 (char 63)'])
    // A list item inside the body is still a field.
    expect(
      decode({ detail: [{ loc: ['body', 'tags', 0], msg: 'Bad tag', type: 'string_type' }] })
        ?.fields,
    ).toEqual({ 'tags.0': ['Bad tag'] })
  })

  it('leaves the plain { detail: "text" } to the Django decoder', () => {
    expect(decode({ detail: 'Item not found' })).toBeUndefined()
  })

  it('rejects look-alikes: DRF lists, JSON:API, GraphQL', () => {
    expect(decode({ detail: ['Not a FastAPI issue'] })).toBeUndefined()
    expect(decode({ detail: [] })).toBeUndefined()
    expect(decode({ detail: [{ loc: ['body', 'a'], msg: 'x' }, { message: 'y' }] })).toBeUndefined()
    expect(decode({ errors: [{ message: 'x', path: ['a'] }] })).toBeUndefined()
    expect(
      decode({ errors: [{ status: '422', source: { pointer: '/data/attributes/a' } }] }),
    ).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [{ detail: [{ loc: ['a'], msg: 'b' }] }]])
      expect(decode(body)).toBeUndefined()
    const cyclic: Record<string, unknown> = { msg: 'loop', type: 'x' }
    cyclic.loc = [cyclic, 'body', 'a']
    expect(decode({ detail: [cyclic] })?.fields).toEqual({ a: ['loop'] })
    const parsed = decode(
      JSON.parse('{"detail":[{"loc":["body","__proto__","x"],"msg":"bad","type":"t"}]}'),
    )
    expect(parsed?.fields).toBeUndefined()
    expect(parsed?.formErrors).toEqual(['bad'])
    expect(decode({ detail: [{ loc: ['body', 'a'], msg: 5, type: 't' }] })).toBeUndefined()
    expect(
      decode({ detail: [{ loc: ['query', 'q'], msg: '<b>x</b>', type: 't' }] })?.fields,
    ).toEqual({ q: ['<b>x</b>'] })
  })
})

// Documented bodies, through the whole pipeline. Sources: FastAPI's "Handling Errors" page
// (fastapi.tiangolo.com/tutorial/handling-errors: the 422 body and `{"detail": "Item not found"}`)
// and Pydantic's "Error Handling" pages for v2 (`type`, `loc`, `msg`, `input`, `ctx`, `url`) and
// v1 (`loc`, `msg`, `type: 'value_error.missing'`).
describe('fastApiDecoder with documented bodies', () => {
  it.each([
    [
      'Pydantic v2',
      {
        detail: [
          {
            type: 'missing',
            loc: ['body', 'name'],
            msg: 'Field required',
            input: { price: 1 },
            url: 'https://errors.pydantic.dev/2.6/v/missing',
          },
          {
            type: 'greater_than',
            loc: ['body', 'items', 0, 'price'],
            msg: 'Input should be greater than 0',
            input: -1,
            ctx: { gt: 0 },
            url: 'https://errors.pydantic.dev/2.6/v/greater_than',
          },
        ],
      },
      { name: ['Field required'], 'items.0.price': ['Input should be greater than 0'] },
      [],
    ],
    [
      'Pydantic v1',
      {
        detail: [
          { loc: ['body', 'item', 'name'], msg: 'field required', type: 'value_error.missing' },
          {
            loc: ['query', 'q'],
            msg: 'ensure this value has at most 50 characters',
            type: 'value_error.any_str.max_length',
            ctx: { limit_value: 50 },
          },
        ],
      },
      { 'item.name': ['field required'], q: ['ensure this value has at most 50 characters'] },
      [],
    ],
    [
      'JSON that did not parse, and a model-level check',
      {
        detail: [
          {
            type: 'json_invalid',
            loc: ['body', 63],
            msg: 'JSON decode error',
            input: {},
            ctx: { error: 'Expecting value' },
          },
          {
            type: 'value_error',
            loc: ['body'],
            msg: 'Value error, passwords do not match',
            input: {},
            ctx: { error: {} },
          },
        ],
      },
      {},
      ['JSON decode error', 'Value error, passwords do not match'],
    ],
  ])('%s', (_, body, fields, formErrors) => {
    const error = decodeError(body, { status: 422 })
    expect(error).toMatchObject({
      format: 'fastapi',
      status: 422,
      code: 'http/422',
      kind: 'validation',
      userMessage: defaultKindMessages.validation,
    })
    expect(error.fields).toEqual(fields)
    expect(error.formErrors).toEqual(formErrors)
  })

  it("leaves HTTPException's detail to the catalog", () => {
    const error = decodeError({ detail: 'Item not found' }, { status: 404 })
    expect(error).toMatchObject({ status: 404, kind: 'not-found', message: 'Item not found' })
    expect(error.userMessage).toBe(defaultKindMessages['not-found'])
  })
})
