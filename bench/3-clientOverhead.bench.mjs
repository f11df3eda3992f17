// The client's overhead against bare fetch: sequential GETs on loopback to a mock backend that
// runs in its own process, so the server's work is not counted against either side.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { median, ms, printTable, ratio } from './report.mjs'

const TOTAL = 10_000
const BLOCK = 100

async function startServer(bundleDir) {
  const script = fileURLToPath(new URL('./mockServer.mjs', import.meta.url))
  const child = spawn(process.execPath, [script, `${bundleDir}/testing.js`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const { value: line } = await lines.next()
  return { ...JSON.parse(line), stop: () => child.stdin.end() }
}

// The same GET against a fetch that answers from memory: no socket, no fetch internals, so the
// difference is the client's own work per request (URL, headers, deadline, body parsing).
async function ownWork(core) {
  const text = JSON.stringify({ items: [{ id: 'post_1', title: 'Hello' }], total: 3, page: 1 })
  const init = { status: 200, headers: { 'content-type': 'application/json' } }
  const fetch = async () => new Response(text, init)
  const client = core.createApiClient({ baseUrl: 'http://127.0.0.1:1', fetch })
  const paths = {
    bare: async () => (await fetch('http://127.0.0.1:1/v1/data/posts?limit=1')).json(),
    client: () => client.get('/v1/data/posts', { query: { limit: 1 } }),
  }
  const time = { bare: 0, client: 0 }
  for (const send of Object.values(paths))
    for (let index = 0; index < 20_000; index += 1) await send()
  for (let round = 0; round < 20; round += 1) {
    for (const [name, send] of Object.entries(paths)) {
      const start = performance.now()
      for (let index = 0; index < 2_000; index += 1) await send()
      time[name] += performance.now() - start
    }
  }
  return ((time.client - time.bare) / 40_000) * 1000
}

export default async function clientOverhead({ core, bundleDir }) {
  const server = await startServer(bundleDir)
  try {
    const headers = { 'X-API-Key': 'pk_test_demo', Authorization: `Bearer ${server.accessToken}` }
    const url = `${server.url}/v1/data/posts?limit=1`
    const bare = async () => {
      const response = await fetch(url, { headers })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    }
    // What fetch charges for any abort signal, which the client needs for its timeout: shown for
    // reference, the target compares with the bare fetch above.
    const bareWithTimeout = async () => {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    }
    const client = core.createApiClient({ baseUrl: server.url, headers })
    const viaClient = () => client.get('/v1/data/posts', { query: { limit: 1 } })

    // Warm both paths up, then alternate blocks so drift hits both alike.
    for (let index = 0; index < 500; index += 1) await bare()
    for (let index = 0; index < 500; index += 1) await viaClient()
    for (let index = 0; index < 500; index += 1) await bareWithTimeout()
    // The machine's other load comes and goes: the median ratio of paired blocks resists it.
    const time = { fetch: 0, client: 0, timeout: 0 }
    const ratios = []
    for (let done = 0; done < TOTAL; done += BLOCK) {
      const block = {}
      for (const [name, send] of [
        ['fetch', bare],
        ['client', viaClient],
        ['timeout', bareWithTimeout],
      ]) {
        const start = performance.now()
        for (let index = 0; index < BLOCK; index += 1) await send()
        block[name] = performance.now() - start
        time[name] += block[name]
      }
      ratios.push(block.client / block.fetch)
    }
    printTable(
      `Client overhead: ${TOTAL} sequential loopback GETs each`,
      [
        {
          path: 'bare fetch + json()',
          total: ms(time.fetch),
          'per request': `${((time.fetch / TOTAL) * 1000).toFixed(0)} µs`,
          ratio: ratio(1),
        },
        {
          path: 'fetch + AbortSignal.timeout',
          total: ms(time.timeout),
          'per request': `${((time.timeout / TOTAL) * 1000).toFixed(0)} µs`,
          ratio: ratio(time.timeout / time.fetch),
        },
        {
          path: 'createApiClient().get',
          total: ms(time.client),
          'per request': `${((time.client / TOTAL) * 1000).toFixed(0)} µs`,
          ratio: `${ratio(time.client / time.fetch)} (median of blocks ${ratio(median(ratios))})`,
        },
      ],
      `Target: ratio at most 1.10x against bare fetch. The client needs an abort signal for its timeout;\nthe middle row shows what fetch charges for one on its own. The client's own work, measured\nagainst a fetch that answers from memory: ${(await ownWork(core)).toFixed(1)} µs per request.`,
    )
  } finally {
    server.stop()
  }
}
