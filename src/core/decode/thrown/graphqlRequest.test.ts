import { ClientError, GraphQLClient } from 'graphql-request'
import { decodeError } from '../decodeError.js'
import { serveOnLoopback, thrownBy } from '../../../../test/support/loopbackBackend.js'

const backend = serveOnLoopback()

const client = () =>
  new GraphQLClient(`${backend().url}/v1/graphql`, { headers: { 'x-api-key': 'pk_test_demo' } })

describe('decodeError: graphql-request (the real package over loopback)', () => {
  it('reads GraphQL errors of a 200 answer: code, kind and field paths', async () => {
    backend().control.fault({
      type: 'status',
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: 'Email is taken',
            path: ['createUser'],
            extensions: { code: 'BAD_USER_INPUT', field: 'email' },
          },
        ],
      },
    })
    const thrown = await thrownBy(client().request('mutation { createUser { id } }'))
    expect(thrown).toBeInstanceOf(ClientError)
    const error = decodeError(thrown)
    expect(error).toMatchObject({
      status: 400,
      code: 'graphql/bad-user-input',
      format: 'graphql',
      kind: 'validation',
      fields: { email: ['Email is taken'] },
      cause: thrown,
    })
  })

  it('reads an HTTP failure with a body that is no GraphQL result, and its Retry-After wait', async () => {
    backend().control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': '9' },
      code: 'common/too-many-requests',
    })
    const error = decodeError(await thrownBy(client().request('{ posts { id } }')))
    expect(error).toMatchObject({
      status: 429,
      code: 'common/too-many-requests',
      kind: 'rate-limit',
      format: 'bkend',
      retryAfterMs: 9_000,
      requestId: expect.stringMatching(/\S/),
    })
  })
})
