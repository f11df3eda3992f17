import { FetchError, ofetch } from 'ofetch'
import { decodeError } from '../decodeError.js'
import { serveOnLoopback, thrownBy } from '../../../../test/support/loopbackBackend.js'

const backend = serveOnLoopback({ mode: 'problem' })

const api = () =>
  ofetch.create({
    baseURL: backend().url,
    retry: 0,
    headers: {
      'x-api-key': 'pk_test_demo',
      authorization: `Bearer ${backend().control.signIn().accessToken}`,
    },
  })

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
    backend().control.setRateLimit('data', { limit: 0, windowMs: 7_000 })
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
    backend().control.fault({ type: 'slow', delayMs: 5_000 })
    const late = decodeError(await thrownBy(api()('/v1/data/posts', { timeout: 50 })))
    expect(late).toMatchObject({ kind: 'timeout', code: 'request/timeout' })
  })
})
