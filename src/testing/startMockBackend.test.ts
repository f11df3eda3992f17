import { describeMockBackendContract } from './mockBackend.contract.js'
import { startMockBackend } from './startMockBackend.js'

describeMockBackendContract('startMockBackend (HTTP on loopback)', async (options) => {
  const server = await startMockBackend(options)
  return { baseUrl: server.url, control: server.control, stats: server.stats, close: server.close }
})

describe('startMockBackend', () => {
  const openHandles = () => {
    const resources = process.getActiveResourcesInfo()
    const count = (name: string) => resources.filter((resource) => resource === name).length
    return { servers: count('TCPServerWrap'), sockets: count('TCPSocketWrap') }
  }
  const settle = async () => {
    for (let index = 0; index < 5; index += 1) await new Promise((resolve) => setImmediate(resolve))
  }

  it('leaves no open handle after close(), even with kept-alive and pending requests', async () => {
    await settle()
    const before = openHandles()
    const server = await startMockBackend()
    const headers = { 'x-api-key': 'pk_test_demo' }
    await (await fetch(`${server.url}/v1/data/posts`, { headers })).text()
    await fetch(`${server.url}/v1/data/posts`, {
      headers: { ...headers, 'x-mock-fault': 'drop' },
    }).catch(() => undefined)
    const pending = fetch(`${server.url}/v1/auth/me`, {
      headers: { ...headers, 'x-mock-fault': 'slow;delay=5000' },
    }).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 20))
    // The measure sees a running server, so it would see one left open.
    expect(openHandles().servers).toBe(before.servers + 1)
    expect(openHandles().sockets).toBeGreaterThan(before.sockets)
    await server.close()
    expect(await pending).toBeInstanceOf(TypeError)
    await settle()
    expect(openHandles()).toEqual(before)
  })

  it('resolves a second close() (a test and its afterEach both closing)', async () => {
    await settle()
    const before = openHandles()
    const server = await startMockBackend()
    await Promise.all([server.close(), server.close()])
    await expect(server.close()).resolves.toBeUndefined()
    await settle()
    expect(openHandles()).toEqual(before)
  })

  it('answers 500 concurrent requests, then closes with none of their sockets left', async () => {
    await settle()
    const before = openHandles()
    const server = await startMockBackend()
    const { accessToken } = server.control.signIn()
    const headers = { 'x-api-key': 'pk_test_demo', authorization: `Bearer ${accessToken}` }
    const responses = await Promise.all(
      Array.from({ length: 500 }, () => fetch(`${server.url}/v1/data/posts`, { headers })),
    )
    const bodies = await Promise.all(responses.map((response) => response.json()))
    expect(responses.map((response) => response.status)).toEqual(Array(500).fill(200))
    expect(bodies.every((body) => body.data.total === 3)).toBe(true)
    expect(server.stats.requestsByAccessToken[accessToken]).toBe(500)
    const port = new URL(server.url).port
    await server.close()
    await settle()
    expect(openHandles()).toEqual(before)
    // The port is free again: a new server can listen on it.
    const { createServer } = await import('node:net')
    const probe = createServer()
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(Number(port), '127.0.0.1', () => resolve())
    })
    await new Promise((resolve) => probe.close(resolve))
  })

  it('serves on 127.0.0.1 and answers with the Date of the injected clock', async () => {
    const server = await startMockBackend({ now: () => Date.UTC(2030, 0, 2, 3, 4, 5) })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const response = await fetch(`${server.url}/v1/data/posts`)
      expect(response.headers.get('date')).toBe('Wed, 02 Jan 2030 03:04:05 GMT')
      expect(server.backend.stats).toBe(server.stats)
    } finally {
      await server.close()
    }
  })

  it('listens on the port and host it is given', async () => {
    const first = await startMockBackend()
    const port = Number(new URL(first.url).port)
    await first.close()
    const server = await startMockBackend({ port, host: 'localhost' })
    try {
      expect(server.url).toBe(`http://localhost:${port}`)
      const response = await fetch(`${server.url}/v1/data/posts`, {
        headers: { 'x-api-key': 'pk_test_demo' },
      })
      // The mock's answer, in bkend's envelope: no token was sent.
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ success: false })
    } finally {
      await server.close()
    }
  })

  it('says which port is taken rather than failing obscurely', async () => {
    const first = await startMockBackend()
    try {
      const port = Number(new URL(first.url).port)
      await expect(startMockBackend({ port })).rejects.toThrow(
        `startMockBackend could not listen on 127.0.0.1:${port}`,
      )
    } finally {
      await first.close()
    }
  })

  it('refuses a port that is no port', async () => {
    for (const port of [-1, 65_536, 1.5, Number.NaN]) {
      await expect(startMockBackend({ port })).rejects.toThrow(
        `startMockBackend needs a port from 0 to 65535 (0 picks a free one); got ${port}.`,
      )
    }
  })
})
