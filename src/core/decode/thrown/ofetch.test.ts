import { FetchError, ofetch } from 'ofetch'
import { startMockBackend, type RunningMockBackend } from '../../../testing/startMockBackend.js'
import { decodeError } from '../decodeError.js'

let server: RunningMockBackend
beforeAll(async () => {
  server = await startMockBackend({ mode: 'problem' })
})
afterAll(() => server.close())
beforeEach(() => server.control.reset())

const api = () =>
  ofetch.create({
    baseURL: server.url,
    retry: 0,
    headers: {
      'x-api-key': 'pk_test_demo',
      authorization: `Bearer ${server.control.signIn().accessToken}`,
    },
  })

async function thrownBy(request: Promise<unknown>): Promise<unknown> {
  try {
    await request
  } catch (error) {
    return error
  }
  throw new Error('The request did not fail.')
}

describe('decodeError: ofetch (the real package over loopback)', () => {
  it('reads the body ofetch parsed into data, with status, fields and request id', async () => {
    const thrown = await thrownBy(api()('/v1/data/posts', { method: 'POST', body: { title: '' } }))
    expect(thrown).toBeInstanceOf(FetchError)
    expect(decodeError(thrown)).toMatchObject({
      status: 400,
      code: 'data/validation-error',
      kind: 'validation',
      format: 'problem-details',
      fields: { title: ['This value is required.'] },
      requestMethod: 'POST',
      requestId: expect.stringMatching(/\S/),
    })
  })

  it('reads a 429 with its Retry-After wait', async () => {
    server.control.setRateLimit('data', { limit: 0, windowMs: 7_000 })
    expect(decodeError(await thrownBy(api()('/v1/data/posts')))).toMatchObject({
      status: 429,
      code: 'data/rate-limit-exceeded',
      kind: 'rate-limit',
      retryAfterMs: 7_000,
    })
  })

  it('reads a refused connection and its own timeout from the cause', async () => {
    const refused = decodeError(await thrownBy(ofetch('http://127.0.0.1:1/x', { retry: 0 })))
    expect(refused).toMatchObject({ kind: 'network', code: 'network/failed' })
    server.control.fault({ type: 'slow', delayMs: 5_000 })
    const late = decodeError(await thrownBy(api()('/v1/data/posts', { timeout: 50 })))
    expect(late).toMatchObject({ kind: 'timeout', code: 'request/timeout' })
  })
})
