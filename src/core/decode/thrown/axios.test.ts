import axios, { AxiosError } from 'axios'
import { decodeError } from '../decodeError.js'
import { serveOnLoopback, thrownBy } from '../../../../test/support/loopbackBackend.js'

const backend = serveOnLoopback({ mode: 'backstack' })

const api = () =>
  axios.create({
    baseURL: backend().url,
    headers: {
      'x-api-key': 'pk_test_demo',
      authorization: `Bearer ${backend().control.signIn().accessToken}`,
    },
  })

describe('decodeError: axios (the real package over loopback)', () => {
  it('reads the status, fields, request id, method and URL of a validation failure', async () => {
    const thrown = await thrownBy(api().post('/v1/data/posts', { title: '' }))
    expect(thrown).toBeInstanceOf(AxiosError)
    const error = decodeError(thrown)
    expect(error).toMatchObject({
      status: 400,
      kind: 'validation',
      format: 'backstack',
      fields: { title: ['This value is required.'] },
      requestMethod: 'POST',
      url: `${backend().url}/v1/data/posts`,
      cause: thrown,
    })
    expect(error.requestId).toMatch(/\S/)
    expect(error.requestId).toBe((thrown as AxiosError).response?.headers['x-request-id'])
  })

  it('reads a 429 with its Retry-After wait', async () => {
    backend().control.setRateLimit('data', { limit: 0, windowMs: 30_000 })
    backend().control.setMode('bkend')
    const error = decodeError(await thrownBy(api().get('/v1/data/posts')))
    expect(error).toMatchObject({
      status: 429,
      code: 'data/rate-limit-exceeded',
      kind: 'rate-limit',
      retryAfterMs: 30_000,
    })
  })

  it('reads an HTML error page and a body axios was told to keep as bytes', async () => {
    backend().control.fault({ type: 'html502' })
    const page = decodeError(await thrownBy(api().get('/v1/data/posts')))
    expect(page).toMatchObject({ status: 502, kind: 'server', format: 'html' })
    const bytes = decodeError(
      await thrownBy(api().post('/v1/data/posts', {}, { responseType: 'arraybuffer' })),
    )
    expect(bytes).toMatchObject({ status: 400, fields: { title: ['This value is required.'] } })
  })

  it('tells a refused connection, a timeout and a cancel apart', async () => {
    const refused = decodeError(await thrownBy(axios.get('http://127.0.0.1:1/v1/data/posts')))
    expect(refused).toMatchObject({ kind: 'network', code: 'network/failed', status: 0 })
    backend().control.fault({ type: 'slow', delayMs: 5_000 })
    const late = decodeError(await thrownBy(api().get('/v1/data/posts', { timeout: 50 })))
    expect(late).toMatchObject({ kind: 'timeout', code: 'request/timeout' })
    const controller = new AbortController()
    const pending = thrownBy(api().get('/v1/data/posts', { signal: controller.signal }))
    controller.abort()
    expect(decodeError(await pending)).toMatchObject({ kind: 'aborted', code: 'request/aborted' })
  })

  it('reads the timeout axios reports as ECONNABORTED, and a browser abort of the same code', () => {
    const timeout = new AxiosError('timeout of 1000ms exceeded', 'ECONNABORTED')
    expect(decodeError(timeout).kind).toBe('timeout')
    expect(decodeError(new AxiosError('Request aborted', 'ECONNABORTED')).kind).toBe('aborted')
  })

  it('keeps an AxiosError of another code as a client error with its message', () => {
    const error = decodeError(new AxiosError('Unsupported protocol ftp:', 'ERR_BAD_REQUEST'))
    expect(error).toMatchObject({ kind: 'unknown', code: 'client/error' })
    expect(error.message).toBe('Unsupported protocol ftp:')
  })
})
