// The thundering herd, on a virtual clock: N clients (or N requests queued in one client) meet
// one `Retry-After: 2` at the same moment. The library's own client, cooldowns and jitter run
// unchanged; only time (Date.now, setTimeout) and the network (a fetch that answers at once) are
// simulated, so 10,000 clients take a second or two of real time.
import { printTable } from './report.mjs'
import { installVirtualClock, seeded } from './virtualClock.mjs'

const WAIT_S = 2
const WINDOW_MS = 10

/** Runs one scenario; resolves to what the server saw after the first answers. */
async function simulate(core, { clients, perClient, random }) {
  const clock = installVirtualClock()
  try {
    const start = clock.now()
    const deadline = start + WAIT_S * 1000
    const retries = []
    const fetch = async () => {
      const at = Date.now()
      if (at > start) retries.push(at)
      if (at < deadline) {
        return new Response('{"success":false,"error":{"code":"data/rate-limit-exceeded"}}', {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': String(WAIT_S) },
        })
      }
      return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } })
    }
    let settled = 0
    const total = clients * perClient
    for (let client = 0; client < clients; client += 1) {
      const api = core.createApiClient({
        baseUrl: 'https://api.example.com',
        fetch,
        retry: { random },
        timeoutMs: 60_000,
      })
      for (let request = 0; request < perClient; request += 1)
        api.get(`/v1/data/posts?n=${request}`).finally(() => (settled += 1))
    }
    await clock.run(() => settled === total)
    return { deadline, retries }
  } finally {
    clock.uninstall()
  }
}

/** The largest number of `times` (sorted) in any window of `windowMs`. */
function busiestWindow(times, windowMs) {
  let most = 0
  for (let first = 0, last = 0; last < times.length; last += 1) {
    while (times[last] - times[first] >= windowMs) first += 1
    most = Math.max(most, last - first + 1)
  }
  return most
}

export default async function herd({ core }) {
  const scenarios = [
    { name: '1,000 clients', clients: 1000, perClient: 1 },
    { name: '10,000 clients', clients: 10_000, perClient: 1 },
    { name: '1 client, 1,000 queued', clients: 1, perClient: 1000 },
    { name: '1 client, 10,000 queued', clients: 1, perClient: 10_000 },
    { name: '1,000 clients, no jitter (random 0)', clients: 1000, perClient: 1, noJitter: true },
  ]
  const rows = []
  for (const scenario of scenarios) {
    const random = scenario.noJitter ? () => 0 : seeded(20_261_202)
    const started = performance.now()
    const { deadline, retries } = await simulate(core, { ...scenario, random })
    const sorted = retries.sort((a, b) => a - b)
    const after = sorted.filter((at) => at >= deadline)
    const most = busiestWindow(after, WINDOW_MS)
    rows.push({
      scenario: scenario.name,
      retries: sorted.length,
      'before the deadline': sorted.length - after.length,
      [`most in ${WINDOW_MS} ms`]: `${most} (${((most / Math.max(1, after.length)) * 100).toFixed(2)}%)`,
      'last after the deadline': `${after.length ? after.at(-1) - deadline : 0} ms`,
      'real time': `${((performance.now() - started) / 1000).toFixed(1)} s`,
    })
  }
  printTable(
    `Thundering herd: one Retry-After: ${WAIT_S} met at the same moment (virtual clock)`,
    rows,
    `Targets: 0 requests before the deadline; at most 2% of them in any ${WINDOW_MS} ms window ` +
      'after it (a uniform spread over 1 s gives 1%). Clients spread by a random extra wait of ' +
      'up to min(wait, 2 s); the requests one client holds go out evenly over min(wait, 1 s). ' +
      'The last row shows the herd the library used to make.',
  )
}
