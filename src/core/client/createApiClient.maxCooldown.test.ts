import { createApiClient } from './createApiClient.js'

// Issue 15, item 7: one 429 with an absurd Retry-After held every route of the origin for a day.
// maxCooldownMs caps the hold: past it, that request fails at once and nothing else waits.

const tooMany = (retryAfter: string) =>
  new Response('{"success":false,"error":{"code":"data/rate-limit-exceeded"}}', {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
  })
const ok = () =>
  new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } })

/** A fetch that answers 429 with `retryAfter` on `/limited` and 200 elsewhere. */
function limitedFetch(retryAfter: string) {
  return vi.fn((input: RequestInfo | URL) =>
    Promise.resolve(String(input).endsWith('/limited') ? tooMany(retryAfter) : ok()),
  )
}

describe('createApiClient: maxCooldownMs', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets a Retry-After beyond the default hour hold nothing', async () => {
    const fetch = limitedFetch('7200')
    const api = createApiClient({ baseUrl: 'https://api.example.com', fetch })
    await expect(api.get('/limited')).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 7_200_000,
    })
    expect(api.rateLimits.getAll()).toEqual([])
    await expect(api.get('/other')).resolves.toEqual({ ok: true })
    await expect(api.get('/limited')).rejects.toMatchObject({ status: 429 })
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('keeps a wait within the hour: later requests of the scope fail unsent until it ends', async () => {
    const fetch = limitedFetch('1800')
    // The largest jitter: the wait ends 2 s after the server's deadline, never before.
    const api = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch,
      retry: { random: () => 1 },
    })
    await expect(api.get('/limited')).rejects.toMatchObject({ status: 429 })
    expect(api.rateLimits.getAll()).toHaveLength(1)
    await expect(api.get('/other')).rejects.toMatchObject({ status: 429 })
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_802_000 - 1)
    expect(api.rateLimits.getAll()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(api.rateLimits.getAll()).toEqual([])
    await expect(api.get('/other')).resolves.toEqual({ ok: true })
  })

  it('fails at once past a cap of its own, even where the retry policy would wait longer', async () => {
    const fetch = limitedFetch('20')
    const api = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch,
      maxCooldownMs: 10_000,
      retry: { maxRetryAfterMs: Infinity },
      timeoutMs: Infinity,
    })
    // No timer is advanced: a request that waited would never settle here.
    await expect(api.get('/limited')).rejects.toMatchObject({ status: 429, retryAfterMs: 20_000 })
    expect(api.rateLimits.getAll()).toEqual([])
    await expect(api.get('/other')).resolves.toEqual({ ok: true })
  })
})
