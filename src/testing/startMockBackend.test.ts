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
})
