import createClient from 'openapi-fetch'
import { decodeError } from '../decodeError.js'
import { decodeErrorAsync } from '../decodeErrorAsync.js'
import { serveOnLoopback } from '../../../../test/support/loopbackBackend.js'

/** The part of the mock backend's API these tests call, as openapi-typescript would write it. */
interface paths {
  '/v1/data/{table}': {
    parameters: { query?: never; header?: never; path: { table: string }; cookie?: never }
    get: {
      parameters: { path: { table: string } }
      responses: { 200: { content: { 'application/json': unknown } } }
    }
    post: {
      parameters: { path: { table: string } }
      requestBody: { content: { 'application/json': Record<string, unknown> } }
      responses: { 201: { content: { 'application/json': unknown } } }
    }
  }
}

const backend = serveOnLoopback({ mode: 'backstack-payload' })

const api = () =>
  createClient<paths>({
    baseUrl: backend().url,
    headers: {
      'x-api-key': 'pk_test_demo',
      authorization: `Bearer ${backend().control.signIn().accessToken}`,
    },
  })

describe('decodeError: openapi-fetch and hey-api results (the real openapi-fetch over loopback)', () => {
  it('reads the { error, response } of a failed call: status, fields, method and request id', async () => {
    const result = await api().POST('/v1/data/{table}', {
      params: { path: { table: 'posts' } },
      body: { title: '' },
    })
    expect(result.error).toBeDefined()
    expect(decodeError(result)).toMatchObject({
      status: 400,
      kind: 'validation',
      format: 'backstack',
      fields: { title: ['This value is required.'] },
      url: `${backend().url}/v1/data/posts`,
      requestId: result.response.headers.get('x-request-id'),
    })
  })

  it('reads a 429 with its Retry-After wait', async () => {
    backend().control.setRateLimit('data', { limit: 0, windowMs: 4_000 })
    const result = await api().GET('/v1/data/{table}', { params: { path: { table: 'posts' } } })
    expect(decodeError(result)).toMatchObject({
      status: 429,
      kind: 'rate-limit',
      retryAfterMs: 4_000,
    })
  })

  it('reads a hey-api result, which carries its request too', async () => {
    const request = new Request('https://api.example.com/v1/users', { method: 'PATCH' })
    const response = new Response('{}', { status: 403 })
    const result = { data: undefined, error: { message: 'Forbidden' }, request, response }
    expect(decodeError(result)).toMatchObject({
      status: 403,
      kind: 'permission',
      requestMethod: 'PATCH',
      url: request.url,
    })
  })

  it('reads a body the client left unread with decodeErrorAsync', async () => {
    const response = new Response(
      JSON.stringify({ detail: [{ loc: ['body', 'name'], msg: 'Required', type: 'missing' }] }),
      {
        status: 422,
        headers: { 'content-type': 'application/json' },
      },
    )
    const result = { error: undefined, response }
    expect(decodeError(result).format).toBe('unread')
    expect(await decodeErrorAsync(result)).toMatchObject({
      status: 422,
      fields: { name: ['Required'] },
    })
  })
})
