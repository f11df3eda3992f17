import ky, { HTTPError } from 'ky'
import { decodeError } from '../decodeError.js'
import { decodeErrorAsync } from '../decodeErrorAsync.js'
import { serveOnLoopback, thrownBy } from '../../../../test/support/loopbackBackend.js'

const backend = serveOnLoopback({ mode: 'backstack' })

const api = () =>
  ky.create({
    prefixUrl: backend().url,
    retry: 0,
    headers: {
      'x-api-key': 'pk_test_demo',
      authorization: `Bearer ${backend().control.signIn().accessToken}`,
    },
  })

describe('decodeError: ky (the real package over loopback)', () => {
  it('reads the status and headers at once, and the body ky left unread with decodeErrorAsync', async () => {
    const thrown = await thrownBy(api().post('v1/data/posts', { json: { title: '' } }))
    expect(thrown).toBeInstanceOf(HTTPError)
    const now = decodeError(thrown)
    expect(now).toMatchObject({ status: 400, kind: 'validation', format: 'unread', fields: {} })
    const read = await decodeErrorAsync(thrown)
    expect(read).toMatchObject({
      status: 400,
      kind: 'validation',
      format: 'backstack',
      fields: { title: ['This value is required.'] },
      requestMethod: 'POST',
      url: `${backend().url}/v1/data/posts`,
      cause: thrown,
    })
    expect(read.requestId).toBe(now.requestId)
    expect(read.requestId).toMatch(/\S/)
    // Read from a copy: the app can still read the response itself.
    expect(await (thrown as HTTPError).response.json()).toMatchObject({ error: { code: 400 } })
  })

  it('reads a 429 with its Retry-After wait, with or without the body', async () => {
    backend().control.setMode('bkend')
    backend().control.setRateLimit('data', { limit: 0, windowMs: 12_000 })
    const thrown = await thrownBy(api().get('v1/data/posts'))
    expect(decodeError(thrown)).toMatchObject({ status: 429, retryAfterMs: 12_000 })
    expect(await decodeErrorAsync(thrown)).toMatchObject({
      status: 429,
      code: 'data/rate-limit-exceeded',
      kind: 'rate-limit',
      retryAfterMs: 12_000,
    })
  })

  it('reads a body ky 2 parsed into data, and ky 2 network errors', () => {
    const response = new Response(null, { status: 422, headers: { 'x-request-id': 'r-1' } })
    const request = new Request('https://api.example.com/v1/users', { method: 'POST' })
    const error = Object.assign(new HTTPError(response, request, {} as never), {
      data: { message: 'Invalid', errors: { email: ['Taken.'] } },
    })
    expect(decodeError(error)).toMatchObject({
      status: 422,
      format: 'laravel',
      fields: { email: ['Taken.'] },
      requestId: 'r-1',
      requestMethod: 'POST',
    })
    const network = Object.assign(new Error('Request failed: network'), {
      name: 'NetworkError',
      request,
    })
    expect(decodeError(network)).toMatchObject({ kind: 'network', url: request.url })
  })

  it('reads ky timeouts with the request they stopped', async () => {
    backend().control.fault({ type: 'slow', delayMs: 5_000 })
    const thrown = await thrownBy(api().get('v1/data/posts', { timeout: 50 }))
    expect(decodeError(thrown)).toMatchObject({
      kind: 'timeout',
      code: 'request/timeout',
      requestMethod: 'GET',
      url: `${backend().url}/v1/data/posts`,
    })
  })

  it('caps the body it reads', async () => {
    backend().control.fault({ type: 'status', status: 500, body: 'x'.repeat(10_000) })
    const thrown = await thrownBy(api().get('v1/data/posts'))
    const error = await decodeErrorAsync(thrown, { maxBodyBytes: 1024 })
    expect(error).toMatchObject({ status: 500, format: 'too-large' })
    expect((await decodeErrorAsync(thrown)).format).toBe('text')
  })
})
