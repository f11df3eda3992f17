import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import { isApiError } from '../isApiError.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { createApiClient } from './createApiClient.js'

// Real HTTP on loopback: what one request sends and what the client makes of the answer.

const API_KEY = { 'X-API-Key': 'pk_test_demo' }
const servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  vi.unstubAllGlobals()
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function start(): Promise<RunningMockBackend> {
  const server = await startMockBackend()
  servers.push(server)
  return server
}

/** A server that records every raw request and answers 401 expired to the token `old`. */
async function startRecorder() {
  const requests: { headers: IncomingHttpHeaders; body: Buffer }[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks) })
      const expired = req.headers.authorization === 'Bearer old'
      const error = { code: 'auth/access-token-expired', message: 'Access token has expired.' }
      res.writeHead(expired ? 401 : 200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(expired ? { success: false, error } : { ok: true }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  servers.push({
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
  server.on('connection', (socket) => socket.unref())
  const client = createApiClient({
    baseUrl: url,
    auth: {
      store: memoryTokenStore({ accessToken: 'old', refreshToken: 'r' }),
      refresh: () => Promise.resolve({ accessToken: 'new' }),
    },
  })
  return { requests, client }
}

/** The body with the multipart boundary (random per send) replaced by a fixed one. */
const withoutBoundary = ({ headers, body }: { headers: IncomingHttpHeaders; body: Buffer }) => {
  const boundary = /boundary=(.+)$/.exec(headers['content-type'] ?? '')?.[1]
  const text = body.toString('latin1')
  return boundary ? text.split(boundary).join('BOUNDARY') : text
}

describe('createApiClient: bodies replayed after a refresh', () => {
  it.each([
    ['JSON', () => ({ title: 'Grüße ✓', tags: ['a', 'b'], n: 1.5 })],
    ['text', () => 'plain text, ünïcode ✓'],
    ['a Blob', () => new Blob([new Uint8Array([0, 1, 2, 255, 254])], { type: 'image/png' })],
    ['binary', () => new Uint8Array([9, 8, 7, 0, 255])],
    [
      'FormData',
      () => {
        const form = new FormData()
        form.append('name', 'Ada ✓')
        form.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt')
        return form
      },
    ],
  ])('replays %s byte for byte', async (_name, makeBody) => {
    const { requests, client } = await startRecorder()
    await expect(client.post('/upload', makeBody())).resolves.toEqual({ ok: true })
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer old',
      'Bearer new',
    ])
    const [first, replay] = requests as [(typeof requests)[0], (typeof requests)[0]]
    expect(first.body.length).toBeGreaterThan(0)
    expect(withoutBoundary(replay)).toBe(withoutBoundary(first))
    expect(replay.headers['content-type']?.split(';')[0]).toBe(
      first.headers['content-type']?.split(';')[0],
    )
  })

  it('fails with client/body-not-replayable for a stream body that needs a replay', async () => {
    const { requests, client } = await startRecorder()
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed once'))
        controller.close()
      },
    })
    const error = await client.post('/upload', stream).catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ code: 'client/body-not-replayable', format: 'client' })
    expect((error as Error).message).toMatch(/stream.*cannot be replayed/)
    expect(requests).toHaveLength(1)
    expect(requests[0]!.body.toString()).toBe('streamed once')
  })
})

describe('createApiClient: headers', () => {
  it("lets a request's headers replace the client's whatever their case, and sends one of each", async () => {
    const requests: IncomingHttpHeaders[] = []
    const server = createServer((req, res) => {
      requests.push(req.headers)
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const client = createApiClient({
      baseUrl: url,
      headers: { 'X-API-Key': 'pk_client', 'X-Trace': 'client', Accept: 'text/csv' },
    })
    await client.get('/a', { headers: { 'x-api-key': 'pk_request', 'X-TRACE': 'request' } })
    await client.post('/b', { n: 1 }, { headers: { 'Content-Type': 'application/vnd.api+json' } })
    await client.get('/c', { headers: { accept: 'application/xml' } })
    expect(requests[0]).toMatchObject({
      'x-api-key': 'pk_request',
      'x-trace': 'request',
      accept: 'text/csv',
    })
    expect(requests[1]).toMatchObject({
      'x-api-key': 'pk_client',
      'content-type': 'application/vnd.api+json',
    })
    expect(requests[2]!.accept).toBe('application/xml')
  })

  it('refuses an invalid header name when the client is made, not at its first request', () => {
    expect(() =>
      createApiClient({ baseUrl: 'https://api.example.com', headers: { 'a b': '1' } }),
    ).toThrow(TypeError)
  })
})

describe('createApiClient: answers', () => {
  it('resolves 204 and empty bodies to undefined and unwraps envelopes on request', async () => {
    const server = await start()
    const client = createApiClient({ baseUrl: server.url, headers: API_KEY })
    const { accessToken } = server.control.signIn()
    const headers = { authorization: `Bearer ${accessToken}` }
    const list = await client.get<{ success: boolean; data: { items: { id: string }[] } }>(
      '/v1/data/posts',
      { headers },
    )
    expect(list.success).toBe(true)
    const unwrapped = await client.get<{ items: { id: string }[] }>('/v1/data/posts', {
      headers,
      unwrap: true,
      query: { limit: 1 },
    })
    expect(unwrapped.items).toHaveLength(1)
    const id = unwrapped.items[0]!.id
    await expect(client.delete(`/v1/data/posts/${id}`, { headers })).resolves.toBeUndefined()
    expect(server.stats.sideEffects.deleted).toBe(1)
    server.control.fault({ type: 'status', status: 200, body: '' })
    await expect(client.get('/v1/data/posts', { headers })).resolves.toBeUndefined()
  })

  it('throws an ApiError with the decoded code, method, URL and request id', async () => {
    const server = await start()
    const client = createApiClient({ baseUrl: server.url, headers: API_KEY })
    const { accessToken } = server.control.signIn()
    const error = await client
      .get('/v1/data/nope', { headers: { authorization: `Bearer ${accessToken}` } })
      .catch((thrown: unknown) => thrown)
    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({
      status: 404,
      kind: 'not-found',
      code: 'data/table-not-found',
      requestMethod: 'GET',
      url: `${server.url}/v1/data/nope`,
      requestId: expect.stringMatching(/^req_/),
    })
  })

  it('times out with kind timeout and leaves no timer or request behind', async () => {
    const server = await start()
    const client = createApiClient({ baseUrl: server.url, headers: API_KEY, timeoutMs: 200 })
    server.control.fault({ type: 'slow', delayMs: 3000 })
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout')
    const before = timers().length
    const started = performance.now()
    const error = await client.get('/v1/data/posts').catch((thrown: unknown) => thrown)
    const elapsed = performance.now() - started
    expect(error).toMatchObject({ kind: 'timeout', code: 'request/timeout' })
    expect(elapsed).toBeGreaterThanOrEqual(195)
    // Far from the 3 s answer it did not wait for, with room for a busy machine.
    expect(elapsed).toBeLessThan(2000)
    // The server saw the client hang up, so its slow answer stopped waiting too.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(timers().length).toBeLessThanOrEqual(before)
  })

  it('rejects invalid JSON in a success body with a clear client error', async () => {
    const server = await start()
    const client = createApiClient({ baseUrl: server.url, headers: API_KEY })
    server.control.fault({ type: 'invalid-json' })
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({
      code: 'response/invalid-json',
      format: 'client',
    })
  })
})

describe('createApiClient: where credentials go', () => {
  it('sends Authorization and default headers only to the baseUrl origin and trusted origins', async () => {
    const api = await start()
    const foreign = await start()
    const { accessToken, refreshToken } = api.control.signIn()
    const auth = {
      store: memoryTokenStore({ accessToken, refreshToken }),
      refresh: () => Promise.reject(new Error('no refresh expected')),
    }
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, auth })
    await client.get('/v1/auth/me')
    expect(api.stats.requestsByAccessToken[accessToken]).toBe(1)
    const error = await client.get(`${foreign.url}/v1/auth/me`).catch((thrown: unknown) => thrown)
    // Neither the token nor the API key went to the other origin.
    expect(error).toMatchObject({ status: 401, code: 'auth/unauthorized' })
    expect(foreign.stats.requestsByAccessToken).toEqual({})

    const trusting = createApiClient({
      baseUrl: api.url,
      headers: API_KEY,
      auth,
      trustedOrigins: [foreign.url],
    })
    const answer = await trusting
      .get(`${foreign.url}/v1/auth/me`)
      .catch((thrown: unknown) => thrown)
    // The token is sent (the other backend does not know it, so it refuses it as invalid).
    expect(answer).toMatchObject({ status: 401, code: 'auth/invalid-access-token' })
    expect(foreign.stats.requestsByAccessToken[accessToken]).toBe(1)
  })

  it('refuses a secret sk_ key in a browser and accepts it on a server', () => {
    const options = { baseUrl: 'https://api.example.com', headers: { 'X-API-Key': 'sk_live_1' } }
    expect(() => createApiClient(options)).not.toThrow()
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    expect(() => createApiClient(options)).toThrow(/secret key \(sk_\.\.\.\).*publishable key/)
    expect(() =>
      createApiClient({ ...options, headers: { Authorization: 'Bearer sk_test_2' } }),
    ).toThrow(TypeError)
    expect(() =>
      createApiClient({ ...options, headers: { 'X-API-Key': 'pk_live_1' } }),
    ).not.toThrow()
  })

  it('refuses a relative or missing baseUrl with a clear error', () => {
    expect(() => createApiClient({ baseUrl: 'api.example.com' })).toThrow(/absolute baseUrl/)
  })
})
