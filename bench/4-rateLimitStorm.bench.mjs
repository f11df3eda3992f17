// The 429 storm: 100 concurrent GETs all meet a 429 (Retry-After: 1); the scope waits once.
import { ms, printTable } from './report.mjs'

const COUNT = 100

export default async function rateLimitStorm({ core, testing }) {
  const server = await testing.startMockBackend()
  try {
    const { accessToken } = server.control.signIn()
    const headers = { 'X-API-Key': 'pk_test_demo', Authorization: `Bearer ${accessToken}` }
    const rows = []
    for (let run = 1; run <= 3; run += 1) {
      server.stats.reset()
      const client = core.createApiClient({ baseUrl: server.url, headers })
      const fault = {
        type: 'status',
        status: 429,
        headers: { 'retry-after': '1' },
        cooldownMs: 1000,
      }
      server.control.fault({ ...fault, times: COUNT })
      let deadline = 0
      client.rateLimits.subscribe(() => {
        for (const cooldown of client.rateLimits.getAll())
          deadline = Math.max(deadline, cooldown.until)
      })
      const start = performance.now()
      const pending = Promise.allSettled(
        Array.from({ length: COUNT }, () => client.get('/v1/data/posts')),
      )
      // Requests that were already on their way when the first 429 came are not the client's
      // doing: count only what reaches the server after every first attempt was answered.
      while (server.stats.requests < COUNT) await new Promise((resolve) => setTimeout(resolve, 1))
      const inFlightEarly = server.stats.earlyRequests
      const results = await pending
      const end = performance.now()
      const settledAt = Date.now()
      const stats = server.stats.snapshot()
      rows.push({
        run,
        requests: COUNT,
        succeeded: results.filter((result) => result.status === 'fulfilled').length,
        'reached the server': stats.requests,
        'first tries after the 429': inFlightEarly,
        'retries before the deadline': stats.earlyRequests - inFlightEarly,
        'total time': ms(end - start),
        'drain after the deadline': ms(settledAt - deadline),
      })
    }
    printTable(
      `429 storm: ${COUNT} concurrent GETs meet a 429 with Retry-After: 1`,
      rows,
      '"retries before the deadline": requests the mock backend saw in the rate-limited scope ' +
        'before the deadline its 429s announced, once every first try was answered (target 0). ' +
        '"first tries after the 429": requests already on their way when the first 429 was sent.',
    )
  } finally {
    await server.close()
  }
}
