// The refresh storm: 500 concurrent GETs with an expired token against the rotating mock bkend
// (one refresh token per session, a replayed one revokes the session), run paired in one process
// by the kit and by what apps use instead. The server runs in its own process, so the CPU time
// measured here is the client's alone.
import { startServer } from './lib/startServer.mjs'
import { median, ms, printTable, ratio } from './report.mjs'
import { createAxiosClient } from './peers/axiosAuthRefresh.mjs'
import { createKitClient } from './peers/kit.mjs'
import { createKyClient } from './peers/ky.mjs'
import { createRtkQueryMutexClient } from './peers/rtkQueryMutex.mjs'

const COUNT = 500
const RUNS = Number(process.env.BENCH_STORM_RUNS ?? 15)
const headers = { 'X-API-Key': 'pk_test_demo' }
const PATH = '/v1/data/posts'

// The least any client can do: one round of 401s, one refresh, one round of replays, with bare
// fetch and nothing else.
function idealClient(url, tokens) {
  let current = tokens
  const send = (accessToken) =>
    fetch(`${url}${PATH}`, { headers: { ...headers, authorization: `Bearer ${accessToken}` } })
  return {
    async storm() {
      await Promise.all(
        Array.from({ length: COUNT }, async () => (await send(current.accessToken)).text()),
      )
      const response = await fetch(`${url}/v1/auth/refresh`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      })
      current = (await response.json()).data
      return Promise.allSettled(
        Array.from({ length: COUNT }, async () => {
          const answer = await send(current.accessToken)
          if (!answer.ok) throw new Error(`HTTP ${answer.status}`)
          return answer.json()
        }),
      )
    },
  }
}

const storm = (client) =>
  client.storm
    ? client.storm()
    : Promise.allSettled(Array.from({ length: COUNT }, () => client.get(PATH)))

export default async function refreshStorm({ core, bundleDir }) {
  const server = await startServer(bundleDir)
  const { url, control } = server
  const contenders = {
    ideal: (tokens) => idealClient(url, tokens),
    'api-error-kit': (tokens) => createKitClient(core, { url, headers, tokens }),
    'RTK Query + async-mutex': (tokens) => createRtkQueryMutexClient({ url, headers, tokens }),
    'axios + axios-auth-refresh': (tokens) => createAxiosClient({ url, headers, tokens }),
    'ky 2 + afterResponse': (tokens) => createKyClient({ url, headers, tokens }),
  }
  const names = Object.keys(contenders)
  const samples = Object.fromEntries(names.map((name) => [name, []]))

  async function once(name) {
    const tokens = await control('signIn')
    const client = contenders[name](tokens)
    await control('expireAllTokens')
    const before = await control('stats')
    const cpu = process.cpuUsage()
    const start = performance.now()
    const results = await storm(client)
    const wall = performance.now() - start
    const { user, system } = process.cpuUsage(cpu)
    const after = await control('stats')
    client.dispose?.()
    return {
      wall,
      cpu: (user + system) / 1000,
      ok: results.filter((result) => result.status === 'fulfilled').length,
      refreshes: after.refreshCalls - before.refreshCalls,
      revoked: after.sessionsRevoked - before.sessionsRevoked,
    }
  }

  try {
    // Two warm-up storms each, then paired runs whose order turns each run.
    for (const name of names) for (let index = 0; index < 2; index += 1) await once(name)
    for (let run = 0; run < RUNS; run += 1) {
      const order = names.map((_, index) => names[(index + run) % names.length])
      for (const name of order) samples[name].push(await once(name))
    }
    const pairedRatio = (name, base, key) =>
      median(samples[name].map((sample, run) => sample[key] / samples[base][run][key]))
    const sum = (name, key) => samples[name].reduce((total, sample) => total + sample[key], 0)
    const rows = names.map((name) => ({
      client: name,
      ok: `${sum(name, 'ok')}/${RUNS * COUNT}`,
      'refreshes/run': (sum(name, 'refreshes') / RUNS).toFixed(2),
      revoked: sum(name, 'revoked'),
      wall: ms(median(samples[name].map((sample) => sample.wall))),
      CPU: ms(median(samples[name].map((sample) => sample.cpu))),
      'wall vs ideal': ratio(pairedRatio(name, 'ideal', 'wall')),
      'CPU vs ideal': ratio(pairedRatio(name, 'ideal', 'cpu')),
      'kit wall vs it': ratio(pairedRatio('api-error-kit', name, 'wall')),
      'kit CPU vs it': ratio(pairedRatio('api-error-kit', name, 'cpu')),
    }))
    printTable(
      `Refresh storm: ${COUNT} concurrent expired GETs, ${RUNS} paired runs`,
      rows,
      'Medians of the runs; ratios are medians of the paired per-run ratios. "ideal" is bare fetch doing\n' +
        'one round of 401s, one refresh and one round of replays. Targets: the kit at most RTK Query +\n' +
        'async-mutex (kit vs it <= 1.00x) and at most 1.10x the ideal, in wall and CPU time.',
    )
  } finally {
    await server.stop()
  }
}
