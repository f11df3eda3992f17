import { errorBodies } from '../../testing/errorBodies.js'
import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import type { ApiError } from '../ApiError.js'
import { bkendFormats } from '../decode/bkendFormats.js'
import { createDecoder } from '../decode/createDecoder.js'
import { decodeError } from '../decode/decodeError.js'
import { problemDetailsDecoder } from '../decode/formats/problemDetails.js'
import type { Decode } from '../decode/types.js'
import { bkendAuth, fromBkendTokens } from './auth/bkendAuth.js'
import { isApiError } from '../isApiError.js'
import { createApiClient } from './createApiClient.js'

// Real HTTP on loopback: the decoder a client is given reads its errors, and the 401 that only
// asks for a refresh is decoded with the stack capture off.

let server: RunningMockBackend
afterEach(async () => {
  await server?.close()
})

const thrownBy = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the request should fail'),
    (error: unknown) => error as ApiError,
  )

/** A fetch that answers every request with `body` and `status`. */
const answering = (body: unknown, status: number) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('createApiClient({ decode })', () => {
  it('reads errors with the decoder it is given, and only its formats', async () => {
    const decode = createDecoder([problemDetailsDecoder])
    const problem = createApiClient({
      baseUrl: 'http://127.0.0.1:1',
      decode,
      fetch: answering(errorBodies.problemDetails, 403),
    })
    expect(await thrownBy(problem.get('/x'))).toMatchObject({ format: 'problem-details' })
    const bkend = createApiClient({
      baseUrl: 'http://127.0.0.1:1',
      decode,
      fetch: answering(errorBodies.bkend, 401),
    })
    expect(await thrownBy(bkend.get('/x'))).toMatchObject({ format: 'unknown', status: 401 })
  })

  it('decodes failures with no response (a refused connection) with it too', async () => {
    const decode = vi.fn<Decode>((input, context) => decodeError(input, context))
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:1', decode, retry: false })
    expect(await thrownBy(client.get('/x'))).toMatchObject({ kind: 'network' })
    expect(decode).toHaveBeenCalled()
  })

  it('is every format for bkendAuth unless it is given bkend formats', async () => {
    server = await startMockBackend()
    expect(bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo' }).decode).toBe(
      decodeError,
    )
    const decode = createDecoder(bkendFormats)
    const options = bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo', decode })
    const client = createApiClient(options)
    client.tokens!.set(fromBkendTokens(server.control.signIn()))
    const missing = await thrownBy(client.get('/v1/data/no_such_table/123'))
    expect(missing).toMatchObject({ format: 'bkend', status: 404 })
    expect(options.decode!(errorBodies.problemDetails).format).toBe('generic')
  })

  it('refuses a decode option of bkendAuth that is not a function, saying what to pass', () => {
    expect(() =>
      bkendAuth({ baseUrl: 'https://api.bkend.ai', publishableKey: 'pk_x', decode: {} as never }),
    ).toThrow(/decode.*createDecoder\(bkendFormats\)/)
  })
})

describe('createApiClient: the 401 that asks for a refresh', () => {
  it('is decoded with no stack capture, and any other error with it', async () => {
    server = await startMockBackend()
    const limits: Array<[string, number | undefined]> = []
    const decode: Decode = (input, context) => {
      // The client hands what it threw back to decode too: an ApiError, returned as it is.
      if (!isApiError(input)) limits.push([`${context?.status}`, Error.stackTraceLimit])
      return decodeError(input, context)
    }
    const options = bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo' })
    const client = createApiClient({ ...options, decode })
    client.tokens!.set(fromBkendTokens(server.control.signIn()))
    server.control.expireAllTokens()
    await client.get('/v1/data/posts')
    await thrownBy(client.get('/v1/data/no_such_table/123'))
    expect(limits).toEqual([
      ['401', 0],
      ['404', Error.stackTraceLimit],
    ])
  })

  it('gets its stack back when it is thrown after all (a refused token ends the session)', async () => {
    server = await startMockBackend()
    const client = createApiClient(
      bkendAuth({ baseUrl: server.url, publishableKey: 'pk_test_demo' }),
    )
    client.tokens!.set({ accessToken: 'not-a-token', refreshToken: 'rt_nothing' })
    const error = await thrownBy(client.get('/v1/data/posts'))
    expect(error.status).toBe(401)
    expect(error.stack?.split('\n').length).toBeGreaterThan(1)
    expect(Error.stackTraceLimit).toBeGreaterThan(0)
  })
})
