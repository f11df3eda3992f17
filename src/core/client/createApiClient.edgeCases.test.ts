import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { createApiClient } from './createApiClient.js'

// Real HTTP on loopback: what the client sends when the app hands it unusual input.

const servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/** A server that records every request and answers `{ ok: true }`, or with `status` and `headers`. */
async function startRecorder(status = 200, headers: Record<string, string> = {}) {
  const requests: { headers: IncomingHttpHeaders; body: string }[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString() })
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.on('connection', (socket) => socket.unref())
  servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
  return { requests, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe('createApiClient: Content-Type of bodies fetch labels itself', () => {
  // Regression: a client-wide `Content-Type: application/json` (or a request's own
  // `multipart/form-data`, which has no boundary) replaced the multipart type fetch writes for
  // FormData, so the server could not read the upload.
  it('sends FormData with the multipart type and boundary fetch writes, whatever Content-Type was set', async () => {
    const { requests, url } = await startRecorder()
    const client = createApiClient({
      baseUrl: url,
      headers: { 'Content-Type': 'application/json' },
    })
    const form = new FormData()
    form.append('name', 'Ada')
    await client.post('/upload', form)
    await client.post('/upload', form, { headers: { 'Content-Type': 'multipart/form-data' } })
    await client.post('/json', { n: 1 })
    const [first, second, json] = requests.map((request) => request.headers['content-type'])
    expect(first).toMatch(/^multipart\/form-data; boundary=\S+$/)
    expect(second).toMatch(/^multipart\/form-data; boundary=\S+$/)
    expect(requests[0]!.body).toContain('Ada')
    expect(json).toBe('application/json')
  })
  // Regression: a client-wide `Content-Type: application/json` was sent with URLSearchParams and
  // typed Blob bodies too, so the server read a form or a file as broken JSON.
  it('sends URLSearchParams and a typed Blob with their own type, not the client-wide one', async () => {
    const { requests, url } = await startRecorder()
    const client = createApiClient({
      baseUrl: url,
      headers: { 'Content-Type': 'application/json' },
    })
    await client.post('/form', new URLSearchParams({ name: 'Ada' }))
    await client.post('/file', new Blob(['a,b'], { type: 'text/csv' }))
    await client.post('/text', '{"n":1}')
    await client.post('/own', new URLSearchParams({ n: '1' }), {
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(requests.map((request) => request.headers['content-type'])).toEqual([
      'application/x-www-form-urlencoded;charset=UTF-8',
      'text/csv',
      'application/json',
      'text/plain',
    ])
    expect(requests[0]!.body).toBe('name=Ada')
  })
})

describe('createApiClient: Idempotency-Key', () => {
  // Regression: the key came from `crypto.randomUUID`, which browsers leave out on pages served
  // over plain http (an app opened by its LAN address), so every POST failed with a TypeError.
  it('makes its key without crypto.randomUUID, a new one per request', async () => {
    const { requests, url } = await startRecorder()
    const client = createApiClient({ baseUrl: url, retry: { idempotencyKey: true } })
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      await client.post('/a', { n: 1 })
      await client.patch('/a', { n: 2 })
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID
    }
    const keys = requests.map((request) => request.headers['idempotency-key'])
    for (const key of keys)
      expect(key).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/)
    expect(keys[0]).not.toBe(keys[1])
    expect(typeof crypto.randomUUID).toBe('function')
  })
})

describe("createApiClient: the app's own Authorization", () => {
  // Regression: with auth set up but no tokens yet, the client deleted the app's own
  // Authorization (the Basic credentials of a sign-in), so the sign-in could never succeed.
  it("sends the app's own Authorization while there is no token, and the token once there is one", async () => {
    const { requests, url } = await startRecorder()
    const store = memoryTokenStore()
    const refresh = () => Promise.reject(new Error('no refresh expected'))
    const client = createApiClient({ baseUrl: url, auth: { store, refresh, crossTab: false } })
    const basic = { headers: { Authorization: 'Basic YWRhOnNlY3JldA==' } }
    await client.post('/signin', undefined, basic)
    await client.get('/public')
    store.set({ accessToken: 'token-1' })
    await client.get('/me', basic)
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      'Basic YWRhOnNlY3JldA==',
      undefined,
      'Bearer token-1',
    ])
  })
})

/** A fetch that never answers and rejects with the signal's reason when it aborts. */
const hangingFetch = (_url: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason as Error))
  })

describe('createApiClient: timeoutMs that is not a number of milliseconds', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })

  // Regression: a NaN timeout (Number(undefined) from the config) never expired on its own, but
  // was ended by whichever other request's deadline came first, at a time nothing predicted.
  it('times a NaN timeout out at once, alone or next to other requests, per client or request', async () => {
    const client = createApiClient({ baseUrl: 'https://api.example.com', fetch: hangingFetch })
    const settled: string[] = []
    const track = (name: string, pending: Promise<unknown>) =>
      pending.catch((error: { code: string }) => settled.push(`${name} ${error.code}`))
    const other = track('other', client.get('/other', { timeoutMs: 1000 }))
    const nan = track('nan', client.get('/nan', { timeoutMs: Number.NaN }))
    const perClient = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch: hangingFetch,
      timeoutMs: Number.NaN,
    })
    const clientNan = track('client', perClient.get('/nan'))
    await vi.advanceTimersByTimeAsync(10)
    expect(settled).toEqual(['nan request/timeout', 'client request/timeout'])
    await vi.advanceTimersByTimeAsync(1000)
    await Promise.all([other, nan, clientNan])
    expect(settled).toContain('other request/timeout')
  })
})

describe('createApiClient: a stream body meets a failure worth a retry', () => {
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed once'))
        controller.close()
      },
    })

  // Regression: the client waited out the Retry-After (up to maxRetryAfterMs) or the backoff, and
  // only then failed with client/body-not-replayable, losing the server's answer.
  it.each([
    ['a 429 with Retry-After', 429, { 'retry-after': '2' }, 'POST'],
    ['a 503', 503, {}, 'PUT'],
  ])(
    'surfaces %s at once, without waiting or sending again',
    async (_name, status, headers, method) => {
      const { requests, url } = await startRecorder(status, headers)
      const client = createApiClient({
        baseUrl: url,
        retry: { baseDelayMs: 2000, random: () => 1 },
      })
      const started = performance.now()
      const error = await client
        .request('/upload', { method, body: stream() })
        .catch((e: unknown) => e)
      expect(error).toMatchObject({ status })
      expect(performance.now() - started).toBeLessThan(1000)
      expect(requests).toHaveLength(1)
    },
  )
})

describe("createApiClient: responseType 'response'", () => {
  // Regression: the client let go of the caller's signal once the headers had come, so aborting
  // could no longer stop a Response handed over unread (a stream of events, a large download).
  it("keeps the caller's signal on the body of a Response handed over unread", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write('first chunk')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push({
      close: () => {
        server.closeAllConnections()
        return new Promise<void>((resolve) => server.close(() => resolve()))
      },
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const client = createApiClient({ baseUrl: url })
    const controller = new AbortController()
    const response = await client.get<Response>('/events', {
      responseType: 'response',
      signal: controller.signal,
    })
    const reader = response.body!.getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toBe('first chunk')
    const next = reader.read()
    controller.abort()
    await expect(next).rejects.toMatchObject({ name: 'AbortError' })
  })
})
