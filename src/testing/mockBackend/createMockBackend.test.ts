import { createMockBackend } from './createMockBackend.js'

const base = 'http://mock.test'
const headers = { 'x-api-key': 'pk_test_demo', 'content-type': 'application/json' }

describe('createMockBackend', () => {
  it('answers a dropped connection with Response.error()', async () => {
    const backend = createMockBackend()
    backend.control.fault({ type: 'drop' })
    const response = await backend.handle(new Request(`${base}/v1/data/posts`, { headers }))
    expect(response.type).toBe('error')
  })

  it('rejects with an AbortError when the request signal aborts a slow answer', async () => {
    vi.useFakeTimers()
    try {
      const backend = createMockBackend()
      const controller = new AbortController()
      const request = new Request(`${base}/v1/auth/me`, {
        headers: { ...headers, 'x-mock-fault': 'slow;delay=10000' },
        signal: controller.signal,
      })
      const pending = backend.handle(request)
      await vi.advanceTimersByTimeAsync(5_000)
      controller.abort()
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('answers a slow fault after delayMs on fake timers', async () => {
    vi.useFakeTimers()
    try {
      const backend = createMockBackend()
      backend.control.fault({ type: 'slow', delayMs: 3_000 })
      let settled = false
      const pending = backend.handle(new Request(`${base}/v1/data/posts`, { headers }))
      void pending.then(() => (settled = true))
      await vi.advanceTimersByTimeAsync(2_999)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect((await pending).status).toBe(401)
    } finally {
      vi.useRealTimers()
    }
  })

  it('issues tokens without a request through control.signIn()', async () => {
    const backend = createMockBackend({ users: [{ email: 'a@example.com', password: 'p' }] })
    const { accessToken } = backend.control.signIn()
    const request = new Request(`${base}/v1/auth/me`, {
      headers: { ...headers, authorization: `Bearer ${accessToken}` },
    })
    const body = await (await backend.handle(request)).json()
    expect(body.data).toMatchObject({ email: 'a@example.com', name: 'a' })
    expect(() => backend.control.signIn('nobody@example.com')).toThrow(/users option/)
  })

  it('fills in every default option', () => {
    const { options } = createMockBackend()
    expect(options).toMatchObject({
      mode: 'bkend',
      accessTokenTtlMs: 3_600_000,
      apiKeys: ['pk_test_demo'],
      requireApiKey: true,
      forbiddenTables: ['secrets'],
      tables: ['posts', 'todos', 'users', 'secrets'],
      rateLimits: {},
    })
    expect(options.now).toBe(Date.now)
  })
})
