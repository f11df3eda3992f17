import { collectErrors } from './collectErrors.js'
import { toApiCode } from './toApiCode.js'

const operation = (responses: Record<string, unknown>) => ({
  openapi: '3.1.0',
  paths: { '/orders': { post: { responses } } },
  components: {
    schemas: {
      // A schema that refers to itself must not send the walk round forever.
      Node: {
        type: 'object',
        properties: { next: { $ref: '#/components/schemas/Node' }, code: { const: 'LOOPED' } },
      },
    },
  },
})

const statusesOf = (document: Record<string, unknown>) =>
  Object.fromEntries(
    [...collectErrors(document).operations[0]!.statuses].map(([status, codes]) => [
      status,
      [...codes].sort(),
    ]),
  )

describe('collectErrors', () => {
  it("reads problem details' types, enums deep in lists, x-error-codes and examples", () => {
    const document = operation({
      '200': { description: 'ok' },
      '403': {
        content: {
          'application/problem+json': {
            schema: {
              type: 'object',
              properties: {
                type: { type: 'string', enum: ['https://example.com/probs/out-of-credit'] },
                title: { type: 'string' },
              },
            },
          },
        },
      },
      '422': {
        content: {
          'application/json': {
            schema: {
              properties: {
                errors: { type: 'array', items: { properties: { code: { enum: ['TOO_LONG'] } } } },
              },
            },
            examples: { short: { value: { errors: [{ code: 'TOO_SHORT' }] } } },
          },
        },
      },
      '4XX': { 'x-error-codes': ['orders/locked', { code: 'orders/closed' }] },
      default: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
      },
    })
    expect(statusesOf(document)).toEqual({
      '403': ['https://example.com/probs/out-of-credit'],
      '422': ['TOO_LONG', 'TOO_SHORT'],
      '4XX': ['orders/closed', 'orders/locked'],
      default: ['LOOPED'],
    })
    expect(collectErrors(document).paths).toEqual(
      expect.arrayContaining([['type'], ['errors', 0, 'code'], ['code']]),
    )
  })

  it('names operations by operationId, or by method and path', () => {
    const document = {
      openapi: '3.0.3',
      paths: {
        '/a': { get: { operationId: 'getA', responses: {} }, delete: { responses: {} } },
      },
    }
    expect(collectErrors(document).operations.map((op) => op.key)).toEqual(['getA', 'DELETE /a'])
  })
})

describe('toApiCode', () => {
  it.each([
    ['auth/Invalid-Email', 'auth/invalid-email'],
    ['invalid_client', 'pay/invalid-client'],
    ['TOO_LONG', 'pay/too-long'],
    ['https://example.com/probs/out-of-credit', 'pay/out-of-credit'],
    ['/problems/card-declined#x', 'pay/card-declined'],
    ['urn:problem-type:rate-limited', 'pay/rate-limited'],
  ])('names %s %s', (raw, code) => {
    expect(toApiCode(raw, 'pay')).toBe(code)
  })

  it('gives no code for about:blank', () => {
    expect(toApiCode('about:blank', 'pay')).toBeUndefined()
  })
})
