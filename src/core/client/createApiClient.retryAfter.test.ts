import { startMockBackend } from '../../testing/startMockBackend.js'
import { createApiClient } from './createApiClient.js'

// The Retry-After matrix over real HTTP: each case gets its own mock backend and they all run
// at once, so the suite waits about as long as its longest case.

const SKEW_MS = 3_600_000 // the server's clock runs an hour ahead of ours

interface Case {
  name: string
  /** Headers of the 429, computed right before the request. */
  headers: () => Record<string, string>
  /** The wait the headers ask for, in ms; `undefined` when the client must fail fast. */
  expected: number | undefined
  /** For an absolute deadline: the wait from the moment the 429 arrived (epoch ms). */
  expectedAt?: (headers: Record<string, string>, answeredAt: number) => number
  /** A second clock for the server, to show that dates are read against its `Date` header. */
  skewed?: boolean
}

const httpDate = (ms: number) => new Date(ms).toUTCString()

const cases: Case[] = [
  { name: 'Retry-After: 0', headers: () => ({ 'retry-after': '0' }), expected: 0 },
  { name: 'Retry-After: 1', headers: () => ({ 'retry-after': '1' }), expected: 1000 },
  { name: 'Retry-After: 1.5', headers: () => ({ 'retry-after': '1.5' }), expected: 1500 },
  {
    name: 'an HTTP-date 2 s ahead of a skewed Date header',
    skewed: true,
    headers: () => {
      const serverNow = Date.now() + SKEW_MS
      return { date: httpDate(serverNow), 'retry-after': httpDate(serverNow + 2000) }
    },
    expected: 2000,
  },
  {
    name: 'a past HTTP-date',
    headers: () => ({ 'retry-after': httpDate(Date.now() - 60_000) }),
    expected: 0,
  },
  { name: 'Retry-After: -5 (backoff)', headers: () => ({ 'retry-after': '-5' }), expected: 0 },
  { name: 'Retry-After: soon (backoff)', headers: () => ({ 'retry-after': 'soon' }), expected: 0 },
  {
    name: 'Retry-After: 600 over a 60 s cap',
    headers: () => ({ 'retry-after': '600' }),
    expected: undefined,
  },
  {
    name: 'RateLimit: "default";r=0;t=2',
    headers: () => ({ ratelimit: '"default";r=0;t=2' }),
    expected: 2000,
  },
  {
    name: 'X-RateLimit-Reset in seconds',
    headers: () => ({ 'x-ratelimit-reset': '2' }),
    expected: 2000,
  },
  {
    name: 'X-RateLimit-Reset in epoch seconds',
    headers: () => {
      const now = Date.now()
      return { date: httpDate(now), 'x-ratelimit-reset': String(Math.floor(now / 1000) + 2) }
    },
    expected: 2000,
  },
  {
    name: 'X-RateLimit-Reset in epoch milliseconds',
    headers: () => ({ 'x-ratelimit-reset': String(Date.now() + 2000) }),
    expected: 2000,
    expectedAt: (headers, answeredAt) => Number(headers['x-ratelimit-reset']) - answeredAt,
  },
]

async function measure(testCase: Case) {
  const server = await startMockBackend(testCase.skewed ? { now: () => Date.now() + SKEW_MS } : {})
  try {
    const { accessToken } = server.control.signIn()
    const calls: { sent: number; answered: number; answeredAt: number }[] = []
    const timedFetch: typeof fetch = async (input, init) => {
      const call = { sent: performance.now(), answered: Number.NaN, answeredAt: Number.NaN }
      calls.push(call)
      const response = await fetch(input, init)
      call.answered = performance.now()
      call.answeredAt = Date.now()
      return response
    }
    const client = createApiClient({
      baseUrl: server.url,
      headers: { 'X-API-Key': 'pk_test_demo', Authorization: `Bearer ${accessToken}` },
      fetch: timedFetch,
      retry: { random: () => 0, maxRetryAfterMs: 60_000 },
    })
    const headers = testCase.headers()
    server.control.fault({ type: 'status', status: 429, headers })
    const started = performance.now()
    const outcome = await client.get('/v1/data/posts').then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    )
    const elapsed = performance.now() - started
    const wait = calls[1] ? calls[1].sent - calls[0]!.answered : undefined
    const expected = testCase.expectedAt?.(headers, calls[0]!.answeredAt) ?? testCase.expected
    const requests = server.stats.requests
    return { outcome, elapsed, wait, expected, sent: calls.length, requests }
  } finally {
    await server.close()
  }
}

describe('createApiClient: Retry-After over real HTTP', () => {
  it('waits what each rate-limit header asks, never less, or fails fast past the cap', async () => {
    const results = await Promise.all(
      cases.map(async (testCase) => [testCase, await measure(testCase)] as const),
    )
    const report = results.map(([testCase, result]) => ({
      name: testCase.name,
      expected: result.expected,
      wait: result.wait === undefined ? undefined : Math.round(result.wait),
    }))
    const off = report.filter(
      ({ expected, wait }) =>
        // Never early; late by a busy machine's scheduling at most (generously).
        expected !== undefined &&
        (wait === undefined || wait < expected - 5 || wait > expected + 1000),
    )
    expect(off).toEqual([])

    for (const [testCase, result] of results) {
      if (testCase.expected === undefined) continue
      expect(result.outcome, testCase.name).toHaveProperty('value.success', true)
      expect(result.requests, testCase.name).toBe(2)
    }
  })

  it('fails fast with the rate-limit error and its retryAfterMs past maxRetryAfterMs', async () => {
    const result = await measure(cases.find((testCase) => testCase.expected === undefined)!)
    expect(result.outcome).toMatchObject({
      error: { kind: 'rate-limit', status: 429, retryAfterMs: 600_000 },
    })
    expect(result.sent).toBe(1)
    expect(result.requests).toBe(1)
    // Against a 600 s wait: no machine is that busy.
    expect(result.elapsed).toBeLessThan(5000)
  })
})
