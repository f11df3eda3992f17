import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { memoryTokenStore } from '../../src/core/client/auth/memoryTokenStore.js'
import { createApiClient } from '../../src/core/client/createApiClient.js'
import type { ApiClientOptions } from '../../src/core/client/types.js'

// Two origins on loopback (one port each): the API, which redirects as told, and another origin,
// which records every header it gets. No header of the client's may reach the other origin.

interface Recorded {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

const servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  vi.unstubAllGlobals()
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/**
 * A server that records every request. `/redirect?status=&to=` answers with that redirect;
 * `/loop` redirects to itself; anything else answers 200 with JSON.
 */
async function startOrigin() {
  const requests: Recorded[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x')
      const body = Buffer.concat(chunks).toString()
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      if (url.pathname === '/redirect') {
        const status = Number(url.searchParams.get('status'))
        return void res.writeHead(status, { location: url.searchParams.get('to')! }).end()
      }
      if (url.pathname === '/loop') return void res.writeHead(302, { location: '/loop' }).end()
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ method: req.method, body }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.on('connection', (socket) => socket.unref())
  servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
  const port = (server.address() as AddressInfo).port
  return { requests, url: `http://127.0.0.1:${port}` }
}

const API_KEY = 'pk_test_redirect_key'
const TOKEN = 'access-token-of-the-user'
const OWN = 'trace-of-this-request'

/** A client with every kind of header of its own: default, per request, token, idempotency key. */
function clientOf(baseUrl: string, extra: Partial<ApiClientOptions> = {}) {
  const client = createApiClient({
    baseUrl,
    headers: { 'X-API-Key': API_KEY },
    retry: { idempotencyKey: true },
    auth: {
      store: memoryTokenStore({ accessToken: TOKEN, refreshToken: 'r' }),
      refresh: () => Promise.reject(new Error('no refresh expected')),
    },
    ...extra,
  })
  const headers = { 'X-Trace': OWN }
  return {
    get: (path: string) => client.get(path, { headers }),
    post: (path: string, body: unknown) => client.post(path, body, { headers }),
  }
}

/** The names of the headers that carry something of the client's. */
function clientHeadersIn(headers: IncomingHttpHeaders): string[] {
  const secrets = [API_KEY, TOKEN, OWN]
  return Object.entries(headers)
    .filter(
      ([name, value]) =>
        ['x-api-key', 'authorization', 'x-trace', 'idempotency-key'].includes(name) ||
        secrets.some((secret) => String(value).includes(secret)),
    )
    .map(([name]) => name)
}

const redirectTo = (status: number, to: string) =>
  `/redirect?status=${status}&to=${encodeURIComponent(to)}`

describe('redirects on a server (followed by hand)', () => {
  it.each([301, 302, 303, 307, 308])(
    'a %i to another origin takes none of the client headers there',
    async (status) => {
      const api = await startOrigin()
      const other = await startOrigin()
      const client = clientOf(api.url)
      await expect(client.get(redirectTo(status, `${other.url}/landing`))).resolves.toEqual({
        method: 'GET',
        body: '',
      })
      await client.post(redirectTo(status, `${other.url}/landing`), { a: 1 })
      expect(api.requests).toHaveLength(2)
      expect(clientHeadersIn(api.requests[0]!.headers).sort()).toEqual(
        ['authorization', 'x-api-key', 'x-trace'].sort(),
      )
      expect(other.requests).toHaveLength(2)
      for (const request of other.requests) expect(clientHeadersIn(request.headers)).toEqual([])
    },
    15_000,
  )

  it.each([301, 302, 303, 307, 308])(
    'a %i on the same origin keeps every header of the client',
    async (status) => {
      const api = await startOrigin()
      const client = clientOf(api.url)
      await client.get(redirectTo(status, '/landing'))
      await client.post(redirectTo(status, `${api.url}/landing`), { a: 1 })
      const landed = api.requests.filter((request) => request.url === '/landing')
      expect(landed).toHaveLength(2)
      expect(clientHeadersIn(landed[0]!.headers).sort()).toEqual([
        'authorization',
        'x-api-key',
        'x-trace',
      ])
      expect(clientHeadersIn(landed[1]!.headers).sort()).toEqual([
        'authorization',
        'idempotency-key',
        'x-api-key',
        'x-trace',
      ])
    },
    15_000,
  )

  it('keeps the headers on a redirect to a trusted origin', async () => {
    const api = await startOrigin()
    const files = await startOrigin()
    const client = clientOf(api.url, { trustedOrigins: [files.url] })
    await client.get(redirectTo(302, `${files.url}/a.pdf`))
    expect(clientHeadersIn(files.requests[0]!.headers).sort()).toEqual([
      'authorization',
      'x-api-key',
      'x-trace',
    ])
  })

  it('never gives the headers back once a redirect left the trusted origins', async () => {
    const api = await startOrigin()
    const other = await startOrigin()
    const client = clientOf(api.url)
    const back = `${api.url}/landing`
    await client.get(redirectTo(302, `${other.url}${redirectTo(302, back)}`))
    expect(other.requests).toHaveLength(1)
    const landed = api.requests.find((request) => request.url === '/landing')
    expect(clientHeadersIn(other.requests[0]!.headers)).toEqual([])
    expect(clientHeadersIn(landed!.headers)).toEqual([])
  })

  it('turns 303, and 301 or 302 after a POST, into a GET without body; 307 and 308 keep both', async () => {
    const api = await startOrigin()
    const other = await startOrigin()
    const client = clientOf(api.url)
    const answers: unknown[] = []
    for (const status of [301, 302, 303, 307, 308])
      answers.push(await client.post(redirectTo(status, `${other.url}/landing`), { a: 1 }))
    expect(answers).toEqual([
      { method: 'GET', body: '' },
      { method: 'GET', body: '' },
      { method: 'GET', body: '' },
      { method: 'POST', body: '{"a":1}' },
      { method: 'POST', body: '{"a":1}' },
    ])
    expect(other.requests.map((request) => request.headers['content-type'])).toEqual([
      undefined,
      undefined,
      undefined,
      'application/json',
      'application/json',
    ])
  })

  it('stops after 20 redirects with an error that says so', async () => {
    const api = await startOrigin()
    const error = await clientOf(api.url)
      .get('/loop')
      .catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ code: 'client/too-many-redirects', kind: 'network' })
    // One request, then 20 redirects followed: no retry of a loop.
    expect(api.requests).toHaveLength(21)
  })

  it('says a stream body cannot follow a 307 and sends nothing to the new location', async () => {
    const api = await startOrigin()
    const other = await startOrigin()
    const client = createApiClient({ baseUrl: api.url })
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('chunk'))
        controller.close()
      },
    })
    const error = await client
      .post(redirectTo(307, `${other.url}/landing`), body)
      .catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ code: 'client/body-not-replayable' })
    expect((error as Error).message).toMatch(/stream/)
    expect(other.requests).toEqual([])
  })
})

describe('redirects in a browser (followed by fetch)', () => {
  // The client tells a browser by its window and document; fetch in Node follows redirects as a
  // browser's does, so the client can only judge where the answer came from.
  const pretendBrowser = () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
  }

  it.each([301, 302, 303, 307, 308])(
    'refuses the answer of a %i that left the trusted origins, and says why',
    async (status) => {
      pretendBrowser()
      const api = await startOrigin()
      const other = await startOrigin()
      const error = await clientOf(api.url)
        .get(redirectTo(status, `${other.url}/landing`))
        .catch((thrown: unknown) => thrown)
      expect(error).toMatchObject({ code: 'client/redirect-left-origin', kind: 'network' })
      expect((error as Error).message).toContain(other.url)
      expect((error as Error).message).toMatch(/trustedOrigins/)
      // Refused, not retried.
      expect(api.requests).toHaveLength(1)
    },
  )

  it('takes the answer of a redirect on the same origin or to a trusted one', async () => {
    pretendBrowser()
    const api = await startOrigin()
    const files = await startOrigin()
    const client = clientOf(api.url, { trustedOrigins: [files.url] })
    await expect(client.get(redirectTo(302, '/landing'))).resolves.toMatchObject({ method: 'GET' })
    await expect(client.get(redirectTo(307, `${files.url}/a`))).resolves.toMatchObject({
      method: 'GET',
    })
  })
})
