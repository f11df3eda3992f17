import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApiClient } from '../../src/core/client/createApiClient.js'

// Absurd Retry-After values over real HTTP on loopback: the request they answer fails at once
// and nothing else is held past the cap (maxCooldownMs, an hour by default).

let close: (() => Promise<void>) | undefined
afterEach(() => close?.())

/** Answers 429 with `retryAfter` on `/limited`, 200 elsewhere; counts what arrives. */
async function startServer(retryAfter: string) {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    if (req.url === '/limited') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter })
      return void res.end('{"success":false,"error":{"code":"data/rate-limit-exceeded"}}')
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.on('connection', (socket) => socket.unref())
  close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { hits, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe('absurd Retry-After values', () => {
  it.each([
    ['ten years in seconds', String(10 * 365 * 24 * 3600)],
    ['a far HTTP-date', 'Fri, 31 Dec 9999 23:59:59 GMT'],
    ['400 digits', '9'.repeat(400)],
  ])('%s fails that request at once and holds nothing else', async (_name, retryAfter) => {
    const server = await startServer(retryAfter)
    // Even a client that would wait for ever is not held: the cap decides first.
    for (const retry of [undefined, { maxRetryAfterMs: Infinity }]) {
      const api = createApiClient({ baseUrl: server.url, retry, timeoutMs: 60_000 })
      const error = await api.get('/limited').catch((thrown: unknown) => thrown)
      expect(error).toMatchObject({ status: 429, kind: 'rate-limit' })
      expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(3_600_000)
      expect(api.rateLimits.getAll()).toEqual([])
      await expect(api.get('/posts')).resolves.toEqual({ ok: true })
      await expect(api.get('/limited')).rejects.toMatchObject({ status: 429 })
    }
    // Every request went out, once: none waited, none was failed unsent.
    expect(server.hits).toEqual([
      '/limited',
      '/posts',
      '/limited',
      '/limited',
      '/posts',
      '/limited',
    ])
  })
})
