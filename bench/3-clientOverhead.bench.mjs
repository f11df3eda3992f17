// The clients' overhead against bare fetch: sequential GETs on loopback to a mock backend that
// runs in its own process, so the server's work is not counted against anyone. Each client runs
// with static headers and with a token it reads per request (an auth store), in alternating
// blocks so the machine's drift hits all alike.
import { startServer } from './lib/startServer.mjs'
import { median, ms, printTable, ratio } from './report.mjs'
import { createAxiosClient } from './peers/axiosAuthRefresh.mjs'
import { createKitClient } from './peers/kit.mjs'
import { createKyClient } from './peers/ky.mjs'

const TOTAL = Number(process.env.BENCH_OVERHEAD_REQUESTS ?? 10_000)
const BLOCK = 100

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
    const apiKey = { 'X-API-Key': 'pk_test_demo' }
    const tokens = await server.control('signIn')
    const headers = { ...apiKey, Authorization: `Bearer ${tokens.accessToken}` }
    const url = `${server.url}/v1/data/posts?limit=1`
    const get = (client) => () => client.get('/v1/data/posts', { limit: 1 })
    const kit = createKitClient(core, { url: server.url, headers })
    const kitStore = createKitClient(core, { url: server.url, headers: apiKey, tokens })
    const paths = {
      'bare fetch + json()': async () => {
        const response = await fetch(url, { headers })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.json()
      },
      // What fetch charges for any abort signal, which a client needs for its timeout.
      'fetch + AbortSignal.timeout': async () => {
        const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.json()
      },
      'api-error-kit, static headers': () => kit.get('/v1/data/posts', { query: { limit: 1 } }),
      'api-error-kit, auth store': () => kitStore.get('/v1/data/posts', { query: { limit: 1 } }),
      'ky 2, static headers': get(createKyClient({ url: server.url, headers })),
      'ky 2, token hook': get(createKyClient({ url: server.url, headers: apiKey, tokens })),
      'axios, static headers': get(createAxiosClient({ url: server.url, headers })),
      'axios + axios-auth-refresh': get(
        createAxiosClient({ url: server.url, headers: apiKey, tokens }),
      ),
    }
    const names = Object.keys(paths)
    for (const name of names) for (let index = 0; index < 500; index += 1) await paths[name]()
    // The machine's other load comes and goes: the median ratio of paired blocks resists it.
    const time = Object.fromEntries(names.map((name) => [name, 0]))
    const ratios = Object.fromEntries(names.map((name) => [name, []]))
    for (let done = 0, turn = 0; done < TOTAL; done += BLOCK, turn += 1) {
      const block = {}
      for (let offset = 0; offset < names.length; offset += 1) {
        const name = names[(offset + turn) % names.length]
        const start = performance.now()
        for (let index = 0; index < BLOCK; index += 1) await paths[name]()
        block[name] = performance.now() - start
        time[name] += block[name]
      }
      for (const name of names) ratios[name].push(block[name] / block['bare fetch + json()'])
    }
    const base = time['bare fetch + json()']
    printTable(
      `Client overhead: ${TOTAL} sequential loopback GETs each`,
      names.map((name) => ({
        path: name,
        total: ms(time[name]),
        'per request': `${((time[name] / TOTAL) * 1000).toFixed(0)} µs`,
        ratio: ratio(time[name] / base),
        'median of blocks': ratio(median(ratios[name])),
      })),
      `Target: the kit at most 1.10x bare fetch, with static headers and with an auth store.\n` +
        `axios runs on its Node http adapter. The kit's own work, measured against a fetch that\n` +
        `answers from memory: ${(await ownWork(core)).toFixed(1)} µs per request.`,
    )
  } finally {
    await server.stop()
  }
}
