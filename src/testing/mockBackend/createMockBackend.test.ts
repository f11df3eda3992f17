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

describe('createMockBackend with storage', () => {
  const memoryStorage = () => {
    const items = new Map<string, string>()
    return {
      items,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    }
  }
  const me = (backend: ReturnType<typeof createMockBackend>, token: string) =>
    backend.handle(
      new Request(`${base}/v1/auth/me`, {
        headers: { ...headers, authorization: `Bearer ${token}` },
      }),
    )

  // Regression: the in-page mock forgot its sessions on every reload, so the token an app kept in
  // localStorage was refused by the next page as a token the server never issued.
  it('keeps users, sessions and tokens across a restart', async () => {
    const storage = memoryStorage()
    const first = createMockBackend({ storage })
    const signUp = await first.handle(
      new Request(`${base}/v1/auth/email/signup`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ email: 'new@example.com', password: 'password123' }),
      }),
    )
    const { data: tokens } = (await signUp.json()) as {
      data: { accessToken: string; refreshToken: string }
    }
    const second = createMockBackend({ storage })
    expect((await me(second, tokens.accessToken)).status).toBe(200)
    const refreshed = await second.handle(
      new Request(`${base}/v1/auth/refresh`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ refreshToken: tokens.refreshToken }),
      }),
    )
    expect(refreshed.status).toBe(200)
    // The rotation was kept too: the old refresh token is a replay for a third start.
    const third = createMockBackend({ storage })
    expect((await me(third, tokens.accessToken)).status).toBe(200)
    expect(third.control.signIn('new@example.com').accessToken).toMatch(/\./)
  })

  it('forgets them with control.reset(), and starts afresh from storage it cannot read', async () => {
    const storage = memoryStorage()
    const first = createMockBackend({ storage, storageKey: 'mine' })
    const { accessToken } = first.control.signIn()
    first.control.reset()
    expect((await me(createMockBackend({ storage, storageKey: 'mine' }), accessToken)).status).toBe(
      401,
    )
    storage.items.set('mine', '{ not json')
    const fresh = createMockBackend({ storage, storageKey: 'mine' })
    expect(fresh.control.signIn().refreshToken).toMatch(/^rt_/)
  })
})
