import { bkendErrorBodies, errorBodies } from '../../testing/errorBodies.js'
import { builtInDecoders } from './builtInDecoders.js'
import { FORMAT_ORDER } from './formatOrder.js'
import type { DecodeContext } from './types.js'

/** The name of the first decoder that claims `body`, as `decodeError` runs them. */
const claimedBy = (body: unknown, context: DecodeContext = {}) =>
  builtInDecoders.find((decoder) => decoder.decode(body, context) !== undefined)?.name

/** Every decoder but the generic fallback that would claim `body` on its own. */
const claimants = (body: unknown) =>
  builtInDecoders
    .filter((decoder) => decoder.name !== 'generic' && decoder.decode(body, {}) !== undefined)
    .map((decoder) => decoder.name)

const expected = {
  bkend: 'bkend',
  bkendNest: 'bkend',
  backstack: 'backstack',
  backstackPayload: 'backstack',
  problemDetails: 'problem-details',
  problemDetailsValidation: 'problem-details',
  jsonApi: 'json-api',
  graphql: 'graphql',
  django: 'django',
  djangoDetail: 'django',
  laravel: 'laravel',
  fastApi: 'fastapi',
  // FastAPI's HTTPException and DRF send the same `{ detail }`: the Django decoder owns it.
  fastApiDetail: 'django',
  stripe: 'stripe',
  openAi: 'stripe',
  postgrest: 'postgrest',
  firebase: 'firebase',
  generic: 'generic',
} as const satisfies Record<keyof typeof errorBodies, string>

describe('builtInDecoders', () => {
  it('ends with the generic fallback and has one decoder per name', () => {
    const names = builtInDecoders.map((decoder) => decoder.name)
    expect(names.at(-1)).toBe('generic')
    expect(new Set(names).size).toBe(names.length)
  })

  it('runs in FORMAT_ORDER, the order createDecoder sorts a subset into', () => {
    expect(builtInDecoders.map((decoder) => decoder.name)).toEqual(FORMAT_ORDER)
  })

  for (const [name, format] of Object.entries(expected)) {
    it(`hands errorBodies.${name} to the ${format} decoder`, () => {
      expect(claimedBy(errorBodies[name as keyof typeof errorBodies])).toBe(format)
    })
  }

  it('tells every look-alike apart: each fixture is claimed by exactly one specific decoder', () => {
    for (const [name, format] of Object.entries(expected)) {
      const body = errorBodies[name as keyof typeof errorBodies]
      expect({ name, claimants: claimants(body) }).toEqual({
        name,
        claimants: format === 'generic' ? [] : [format],
      })
    }
  })

  it('hands every bkend error body to the bkend decoder', () => {
    for (const [code, { body }] of Object.entries(bkendErrorBodies)) {
      expect(claimants(body)).toEqual(['bkend'])
      expect(builtInDecoders[0]!.decode(body, {})?.code).toBe(code)
    }
  })

  it('recognises problem details by content type before the generic fallback', () => {
    const body = { title: 'Service Unavailable', status: 503 }
    expect(claimedBy({ title: 'Service Unavailable' })).toBe('generic')
    expect(claimedBy(body)).toBe('problem-details')
    const context = { headers: { 'content-type': 'application/problem+json' } }
    expect(claimedBy({ title: 'Service Unavailable' }, context)).toBe('problem-details')
  })

  it('leaves bodies with nothing usable to the pipeline', () => {
    for (const body of [{}, { ok: false }, { data: null }, { error: {} }, { message: 42 }]) {
      expect(claimedBy(body)).toBeUndefined()
    }
  })

  it('never throws and never hangs on cyclic or hostile bodies', () => {
    const cyclic: Record<string, unknown> = { success: false, type: 'user', code: 400 }
    for (const key of ['error', 'payload', 'errors', 'detail', 'data', 'fields', 'items'])
      cyclic[key] = cyclic
    const list: unknown[] = []
    list.push(list, cyclic)
    const bodies = [
      cyclic,
      { errors: list },
      { detail: list },
      { items: list },
      JSON.parse('{"__proto__":{"message":"x"},"constructor":{"prototype":["y"]}}'),
      Object.create(null),
      new Map([['message', 'x']]),
      new Date(0),
    ]
    for (const body of bodies) {
      for (const decoder of builtInDecoders) expect(() => decoder.decode(body, {})).not.toThrow()
    }
    expect(({} as Record<string, unknown>).message).toBeUndefined()
  })

  // Documented bodies of the look-alike families: Backstack's "Errors" page, Firebase's Auth REST
  // reference and Google's "Errors" design guide, Stripe's and Anthropic's API error references,
  // the GraphQL spec's "Errors", JSON:API's "Error Objects", RFC 9457 and Laravel's validation.
  it.each([
    [
      {
        error: {
          request_method: 'get',
          type: 'codebase',
          code: 404,
          message: 'An error occurred. Please try again later.',
          dev_message: 'Unknown resource.',
        },
      },
      'backstack',
    ],
    [
      {
        error: {
          code: 403,
          message: 'PERMISSION_DENIED: Missing or insufficient permissions.',
          status: 'PERMISSION_DENIED',
        },
      },
      'firebase',
    ],
    [
      {
        error: {
          code: 400,
          message: 'Invalid value',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [{ field: 'email', description: 'Bad.' }],
            },
          ],
        },
      },
      'firebase',
    ],
    [
      { error: { type: 'invalid_request_error', message: 'Missing required param: amount.' } },
      'stripe',
    ],
    [{ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'stripe'],
    [
      {
        errors: [
          {
            message: 'Cannot query field "x" on type "Query".',
            locations: [{ line: 1, column: 2 }],
          },
        ],
      },
      'graphql',
    ],
    [{ errors: [{ status: '404', title: 'Not Found' }] }, 'json-api'],
    [
      {
        message: 'The given data was invalid.',
        errors: { email: ['The email field is required.'] },
      },
      'laravel',
    ],
    [
      { message: 'Validation failed', errors: [{ field: 'email', message: 'is invalid' }] },
      'generic',
    ],
    [
      {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'No static resource x.',
        instance: '/x',
      },
      'problem-details',
    ],
    [{ error: 'invalid_grant', error_description: 'Invalid refresh token' }, 'generic'],
  ])('hands %j to the %s decoder alone', (body, format) => {
    expect(claimedBy(body)).toBe(format)
    expect(claimants(body)).toEqual(format === 'generic' ? [] : [format])
  })
})
