import { startMockBackend, type RunningMockBackend } from '../../testing/startMockBackend.js'
import type { MockFault } from '../../testing/mockBackend/types.js'
import { createApiClient } from './createApiClient.js'
import type { RetryOptions } from './retry/retryPolicy.js'

// Real HTTP on loopback: which failures are retried, and how a rate-limited scope is waited out.

let server: RunningMockBackend
afterEach(async () => {
  await server?.close()
})

async function setup(retry: RetryOptions = {}, timeoutMs?: number) {
  server = await startMockBackend()
  const { accessToken } = server.control.signIn()
  const client = createApiClient({
    baseUrl: server.url,
    headers: { 'X-API-Key': 'pk_test_demo', Authorization: `Bearer ${accessToken}` },
    retry: { random: () => 0, ...retry },
    timeoutMs,
  })
  return client
}

const gets = () => server.stats.requestsByRoute['GET /v1/data/:table'] ?? 0
const posts = () => server.stats.requestsByRoute['POST /v1/data/:table'] ?? 0

describe('createApiClient: what is retried', () => {
  it.each<[string, MockFault]>([
    ['a 502 HTML page', { type: 'html502' }],
    ['an empty 503', { type: 'empty503' }],
    ['a 504', { type: 'status', status: 504 }],
    ['a 408', { type: 'status', status: 408 }],
    ['a dropped connection', { type: 'drop' }],
  ])('retries a GET after %s', async (_name, fault) => {
    const client = await setup()
    server.control.fault(fault)
    await expect(client.get('/v1/data/posts')).resolves.toHaveProperty('success', true)
    expect(gets()).toBe(2)
  })

  it.each<[string, MockFault, string]>([
    ['a 500', { type: 'status', status: 500 }, 'server'],
    ['a dropped connection', { type: 'drop' }, 'network'],
    ['a 503 without Retry-After', { type: 'empty503' }, 'server'],
  ])('does not retry a POST after %s', async (_name, fault, kind) => {
    const client = await setup()
    server.control.fault(fault)
    await expect(client.post('/v1/data/posts', { title: 'Once' })).rejects.toMatchObject({ kind })
    expect(posts()).toBe(1)
    expect(server.stats.sideEffects.created).toBe(0)
  })

  it.each([429, 503])('retries a POST after a %i with Retry-After', async (status) => {
    const client = await setup()
    server.control.fault({ type: 'status', status, headers: { 'retry-after': '0' } })
    await expect(client.post('/v1/data/posts', { title: 'Later' })).resolves.toHaveProperty(
      'data.title',
      'Later',
    )
    expect(posts()).toBe(2)
    expect(server.stats.sideEffects.created).toBe(1)
  })

  it.each<[string, MockFault]>([
    ['a dropped connection', { type: 'drop' }],
    ['a 503 without Retry-After', { type: 'empty503' }],
  ])('retries a POST with an Idempotency-Key after %s, with one side effect', async (_n, fault) => {
    const client = await setup()
    server.control.fault(fault)
    server.control.fault({ ...fault })
    const answer = client.post(
      '/v1/data/posts',
      { title: 'Keyed' },
      {
        headers: { 'Idempotency-Key': 'key-1' },
      },
    )
    await expect(answer).resolves.toHaveProperty('data.title', 'Keyed')
    expect(posts()).toBe(3)
    expect(server.stats.sideEffects.created).toBe(1)
  })

  it('adds an Idempotency-Key itself with retry.idempotencyKey and keeps it across retries', async () => {
    const client = await setup({ idempotencyKey: true })
    server.control.fault({ type: 'status', status: 502, match: { method: 'POST' } })
    await client.post('/v1/data/posts', { title: 'Auto' })
    await client.post('/v1/data/posts', { title: 'Auto 2' })
    const keys = Object.entries(server.stats.postsByIdempotencyKey)
    // The 502 came before the idempotency layer, so the first key was counted once, on its retry.
    expect(keys).toHaveLength(2)
    expect(keys.every(([key]) => /^[\da-f-]{36}$/.test(key))).toBe(true)
    expect(posts()).toBe(3)
    expect(server.stats.sideEffects.created).toBe(2)
  })

  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', async (status) => {
    const client = await setup()
    server.control.fault({ type: 'status', status })
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({ status })
    expect(gets()).toBe(1)
  })

  it('stops after the retry limit and surfaces the last error', async () => {
    const client = await setup({ limit: 2 })
    server.control.fault({ type: 'empty503', times: 5 })
    await expect(client.get('/v1/data/posts')).rejects.toMatchObject({ status: 503 })
    expect(gets()).toBe(3)
  })
})

describe('createApiClient: waits that end at once', () => {
  it('rejects at once when aborted during a Retry-After wait', async () => {
    const client = await setup()
    server.control.fault({ type: 'status', status: 429, headers: { 'retry-after': '5' } })
    const controller = new AbortController()
    const pending = client.get('/v1/data/posts', { signal: controller.signal })
    await vi.waitUntil(() => client.rateLimits.getAll().length === 1, { interval: 2 })
    const started = performance.now()
    controller.abort()
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' })
    // Far under the wait it cut short, with room for a busy machine.
    expect(performance.now() - started).toBeLessThan(2000)
    expect(gets()).toBe(1)
  })

  it('rejects at once when aborted during a backoff wait', async () => {
    const client = await setup({ baseDelayMs: 4000, random: () => 1 })
    server.control.fault({ type: 'empty503' })
    const controller = new AbortController()
    const pending = client.get('/v1/data/posts', { signal: controller.signal })
    await vi.waitUntil(() => gets() === 1, { interval: 2 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    controller.abort()
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' })
    // Far under the wait it cut short, with room for a busy machine.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('fails fast with the rate-limit error when the wait would outlast the timeout', async () => {
    const client = await setup({}, 1000)
    server.control.fault({ type: 'status', status: 429, headers: { 'retry-after': '3' } })
    const started = performance.now()
    const error = await client.get('/v1/data/posts').catch((thrown: unknown) => thrown)
    // Well before the 1 s timeout the wait would have run into.
    expect(performance.now() - started).toBeLessThan(900)
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3000 })
    // Another request to the scope fails fast too, without reaching the server.
    await expect(client.get('/v1/auth/me')).rejects.toMatchObject({ kind: 'rate-limit' })
    expect(server.stats.requests).toBe(1)
  })
})

describe('createApiClient: one wait per rate-limited scope', () => {
  it('sends nothing to a rate-limited scope before its deadline', async () => {
    const client = await setup()
    const cooldownMs = 1000
    server.control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': '1' },
      cooldownMs,
    })
    const started = performance.now()
    const first = client.get('/v1/data/posts')
    await vi.waitUntil(() => client.rateLimits.getAll().length === 1, { interval: 2 })
    expect(client.rateLimits.getAll()[0]).toMatchObject({ scope: server.url })
    const others = Array.from({ length: 50 }, () => client.get('/v1/data/todos'))
    await Promise.all([first, ...others])
    expect(performance.now() - started).toBeGreaterThanOrEqual(cooldownMs - 20)
    expect(server.stats.earlyRequests).toBe(0)
    expect(gets()).toBe(52)
    expect(client.rateLimits.getAll()).toEqual([])
  })

  it('waits for the latest deadline when many requests of a scope meet 429s', async () => {
    // Regression: a request slept until the deadline of its own 429 and went out although a
    // later 429 of the scope had moved the deadline on.
    const client = await setup()
    server.control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': '0.5' },
      cooldownMs: 500,
      times: 30,
    })
    const pending = Promise.all(Array.from({ length: 30 }, () => client.get('/v1/data/posts')))
    await vi.waitUntil(() => server.stats.requests >= 30, { interval: 1 })
    // First tries already on their way when the first 429 was sent are not the client's doing.
    const firstTries = server.stats.earlyRequests
    await pending
    expect(server.stats.earlyRequests - firstTries).toBe(0)
    expect(gets()).toBe(60)
  })

  it('keeps scopes apart with rateLimitScope', async () => {
    server = await startMockBackend()
    const { accessToken } = server.control.signIn()
    const client = createApiClient({
      baseUrl: server.url,
      headers: { 'X-API-Key': 'pk_test_demo', Authorization: `Bearer ${accessToken}` },
      rateLimitScope: (url) => url.pathname.split('/')[2] ?? '',
    })
    server.control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': '1' },
      match: { path: '/v1/data' },
    })
    const limited = client.get('/v1/data/posts')
    await vi.waitUntil(() => client.rateLimits.getAll().length === 1, { interval: 2 })
    await expect(client.get('/v1/auth/me')).resolves.toHaveProperty('success', true)
    // Answered while the data scope still waits: it did not wait with it, however busy the machine.
    expect(client.rateLimits.get('data')).toBeDefined()
    await limited
  })
})

describe('createApiClient: a wait it takes itself', () => {
  it('counts the request it holds in the cooldown store until it sends it again', async () => {
    const client = await setup()
    server.control.fault({ type: 'status', status: 429, headers: { 'retry-after': '1' } })
    const seen: number[] = []
    client.rateLimits.subscribe(() => seen.push(client.rateLimits.getAll()[0]?.waiting ?? -1))
    await expect(client.get('/v1/data/posts')).resolves.toHaveProperty('success', true)
    // Set by the 429 (none held yet), one held through the wait, then the wait is over. On a busy
    // machine the request may be let go (0 held) a moment before the cooldown itself expires.
    expect(seen.slice(0, 2)).toEqual([0, 1])
    expect(seen.at(-1)).toBe(-1)
    expect(seen.slice(2, -1).every((held) => held === 0)).toBe(true)
    expect(gets()).toBe(2)
    // Released too: a later wait of the scope starts with nobody held.
    client.rateLimits.set({ scope: server.url, until: Date.now() + 60_000 })
    expect(client.rateLimits.get(server.url)?.waiting).toBe(0)
  })
})
