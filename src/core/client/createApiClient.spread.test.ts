import { createApiClient } from './createApiClient.js'

// Issue 15, item 8: after a 429, every held request woke in the same millisecond. They now go
// out after the deadline (never before), spread over a short bounded window.

const json = (status: number, headers: Record<string, string> = {}) =>
  new Response('{"ok":true}', {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

describe('createApiClient: requests held through a 429 are let go spread out', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends the ten requests held in one scope over the second after the deadline', async () => {
    const sentAt: number[] = []
    let first = true
    const fetch = vi.fn(() => {
      sentAt.push(Date.now())
      if (!first) return Promise.resolve(json(200))
      first = false
      return Promise.resolve(json(429, { 'retry-after': '2' }))
    })
    // No jitter here (random 0): the pacing alone spreads them.
    const api = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch,
      retry: { random: () => 0 },
    })
    const start = Date.now()
    const firstRequest = api.get('/a')
    await vi.advanceTimersByTimeAsync(0)
    const deadline = start + 2000
    expect(api.rateLimits.get('https://api.example.com')?.until).toBe(deadline)
    const held = Array.from({ length: 9 }, (_, index) => api.get(`/b${index}`))
    await vi.advanceTimersByTimeAsync(5000)
    await Promise.all([firstRequest, ...held])
    const after = sentAt.slice(1).map((at) => at - deadline)
    expect(after.every((ms) => ms >= 0 && ms < 1000)).toBe(true)
    // Ten requests, one each 100 ms: never two in the same 10 ms.
    const buckets = new Set(after.map((ms) => Math.floor(ms / 10)))
    expect(buckets.size).toBe(10)
  })

  it('sends a request of a client that met the 429 after the deadline, within its jitter', async () => {
    const sentAt: number[] = []
    const fetch = vi.fn(() => {
      sentAt.push(Date.now())
      return Promise.resolve(sentAt.length === 1 ? json(429, { 'retry-after': '2' }) : json(200))
    })
    const api = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch,
      retry: { random: () => 0.75 },
    })
    const start = Date.now()
    const request = api.get('/a')
    await vi.advanceTimersByTimeAsync(10_000)
    await request
    // Retry-After: 2 plus 0.75 of min(2 s, 2 s).
    expect(sentAt[1]! - start).toBe(3500)
  })

  it('waits a 503 Retry-After with the same jitter, never less', async () => {
    const sentAt: number[] = []
    const fetch = vi.fn(() => {
      sentAt.push(Date.now())
      return Promise.resolve(sentAt.length === 1 ? json(503, { 'retry-after': '1' }) : json(200))
    })
    const api = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch,
      retry: { random: () => 0.5 },
    })
    const start = Date.now()
    const request = api.get('/a')
    await vi.advanceTimersByTimeAsync(10_000)
    await request
    expect(sentAt[1]! - start).toBe(1500)
  })
})
