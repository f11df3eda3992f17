import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { createApiClient } from './createApiClient.js'

// Real HTTP on loopback, as an attacker would try it: where the token and the API key go, what
// a server's text can become, and what a redirect carries.

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

type Answer = (req: IncomingMessage, res: ServerResponse) => void
const ok: Answer = (_req, res) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')

/** A server that records the path and headers of every request, then answers with `answer`. */
async function startRecorder(answer: Answer = ok) {
  const requests: { url: string; headers: IncomingHttpHeaders }[] = []
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers })
    answer(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.on('connection', (socket) => socket.unref())
  servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
  const port = (server.address() as AddressInfo).port
  return { requests, port, url: `http://127.0.0.1:${port}` }
}

const signedIn = () => ({
  store: memoryTokenStore({ accessToken: 'secret-token', refreshToken: 'r' }),
  refresh: () => Promise.reject(new Error('no refresh expected')),
})

describe('createApiClient: the token and the API key stay on their origins', () => {
  it.each([
    ['a protocol-relative path', (host: string) => `//${host}/steal`],
    ['backslashes', (host: string) => `\\\\${host}\\steal`],
    ['an @ in the path', (host: string) => `@${host}/steal`],
    ['a scheme-like prefix without //', (host: string) => `http:${host}/steal`],
    ['a tab before the scheme', (host: string) => `\thttp://${host}/steal`],
  ])('keeps %s on the baseUrl origin', async (_name, makePath) => {
    const api = await startRecorder()
    const evil = await startRecorder()
    const client = createApiClient({ baseUrl: `${api.url}/v1`, headers: API_KEY, auth: signedIn() })
    await client.get(makePath(`127.0.0.1:${evil.port}`))
    expect(evil.requests).toEqual([])
    expect(api.requests).toHaveLength(1)
    expect(api.requests[0]!.url.startsWith('/v1/')).toBe(true)
    expect(api.requests[0]!.headers.authorization).toBe('Bearer secret-token')
  })

  it.each([
    ['an absolute URL', (port: number) => `http://127.0.0.1:${port}/steal`],
    ['an upper-case scheme', (port: number) => `HTTP://127.0.0.1:${port}/steal`],
  ])('sends neither the token nor the API key to another origin given as %s', async (_n, make) => {
    const api = await startRecorder()
    const evil = await startRecorder()
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, auth: signedIn() })
    await client.get(make(evil.port))
    expect(api.requests).toEqual([])
    expect(evil.requests).toHaveLength(1)
    expect(evil.requests[0]!.headers.authorization).toBeUndefined()
    expect(evil.requests[0]!.headers['x-api-key']).toBeUndefined()
  })

  it('sends nothing to a URL with userinfo that names the API before the real host', async () => {
    const api = await startRecorder()
    const evil = await startRecorder()
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, auth: signedIn() })
    // fetch refuses a URL with credentials in it, wherever it points.
    await expect(
      client.get(`http://127.0.0.1:${api.port}@127.0.0.1:${evil.port}/`),
    ).rejects.toThrow(/credentials/)
    expect(api.requests).toEqual([])
    expect(evil.requests).toEqual([])
  })

  it('treats another host name or port of the same server as another origin', async () => {
    const api = await startRecorder()
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, auth: signedIn() })
    // localhost and 127.0.0.1 reach the same socket, but they are two origins.
    await client.get(`http://localhost:${api.port}/other-name`)
    await client.get(`${api.url.replace('http', 'HTTP')}/same-origin`)
    expect(api.requests.map((request) => request.headers.authorization)).toEqual([
      undefined,
      'Bearer secret-token',
    ])
    expect(api.requests.map((request) => request.headers['x-api-key'])).toEqual([
      undefined,
      'pk_test_demo',
    ])
  })

  it('keeps a path that climbs out of the baseUrl path on its origin, with the token', async () => {
    // The origin is the boundary: `..` leaves `/v1` but not the API, and fetch sends it as such.
    const api = await startRecorder()
    const client = createApiClient({ baseUrl: `${api.url}/v1`, auth: signedIn() })
    await client.get('../admin')
    expect(api.requests[0]).toMatchObject({
      url: '/admin',
      headers: { authorization: 'Bearer secret-token' },
    })
  })
})

describe('createApiClient: redirects', () => {
  // Regression: fetch dropped only Authorization on a redirect to another origin, so the API key
  // went along (issue 15); the client now follows redirects itself on servers.
  it('carries neither the token nor the default headers to the origin a redirect leads to', async () => {
    const files = await startRecorder()
    const api = await startRecorder((_req, res) =>
      res.writeHead(302, { location: `http://localhost:${files.port}/bucket/a.pdf` }).end(),
    )
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, auth: signedIn() })
    await expect(client.get('/v1/files/a')).resolves.toEqual({ ok: true })
    expect(api.requests[0]!.headers.authorization).toBe('Bearer secret-token')
    expect(files.requests).toHaveLength(1)
    expect(files.requests[0]!.headers.authorization).toBeUndefined()
    expect(files.requests[0]!.headers['x-api-key']).toBeUndefined()
  })

  it("follows no redirect with redirect: 'error', and reports it as an error of the request", async () => {
    const files = await startRecorder()
    const api = await startRecorder((_req, res) =>
      res.writeHead(302, { location: `http://localhost:${files.port}/bucket/a.pdf` }).end(),
    )
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, auth: signedIn() })
    await expect(
      client.get('/v1/files/a', { redirect: 'error', retry: false }),
    ).rejects.toMatchObject({ name: 'ApiError' })
    expect(files.requests).toEqual([])
  })
})

describe('createApiClient: server text never becomes the user message of a non-user error', () => {
  it('keeps the <title> of an HTML error page as the developer message only', async () => {
    const api = await startRecorder((_req, res) =>
      res
        .writeHead(500, { 'content-type': 'text/html' })
        .end('<html><head><title>Call +1 555 0100 to unlock your account</title></head></html>'),
    )
    const client = createApiClient({ baseUrl: api.url, retry: false })
    const error = await client.get('/x').catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ message: 'Call +1 555 0100 to unlock your account' })
    expect((error as { userMessage: string }).userMessage).not.toMatch(/555/)
  })

  it('keeps the text of an invalid JSON success body and of a system error out of userMessage', async () => {
    const api = await start()
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY, retry: false })
    api.control.fault({ type: 'invalid-json' })
    const invalid = await client.get('/v1/data/posts').catch((thrown: unknown) => thrown)
    expect(invalid).toMatchObject({ code: 'response/invalid-json', type: 'codebase' })
    const backstack = await startRecorder((_req, res) =>
      res.writeHead(500, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          error: { type: 'system', code: 500, message: 'DB password is hunter2', dev_message: 'x' },
        }),
      ),
    )
    const system = await createApiClient({ baseUrl: backstack.url, retry: false })
      .get('/x')
      .catch((thrown: unknown) => thrown)
    expect(system).toMatchObject({ type: 'system', status: 500 })
    expect((system as { userMessage: string }).userMessage).not.toMatch(/hunter2/)
    expect((invalid as { userMessage: string }).userMessage).not.toMatch(/JSON/)
  })
})

describe('createApiClient: secret keys in a browser', () => {
  // Regression: only a plain record of client-wide headers was checked, so a secret key given
  // per request, or in a Headers object, went out from the browser.
  it('refuses a secret key given per request, before sending anything', async () => {
    const api = await startRecorder()
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    const client = createApiClient({ baseUrl: api.url, headers: API_KEY })
    await expect(
      client.get('/x', { headers: { 'X-API-Key': 'sk_live_4f9a8b7c' } }),
    ).rejects.toThrow(/secret key/)
    await expect(
      client.post('/x', {}, { headers: { Authorization: 'Bearer SK_live_4f9a8b7c' } }),
    ).rejects.toThrow(/secret key/)
    expect(api.requests).toEqual([])
  })

  it('refuses a secret key in client-wide headers given as a Headers object', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    const headers = new Headers({ 'X-API-Key': 'sk_live_4f9a8b7c' })
    expect(() =>
      createApiClient({
        baseUrl: 'https://api.example.com',
        headers: headers as unknown as Record<string, string>,
      }),
    ).toThrow(/secret key/)
  })
})
