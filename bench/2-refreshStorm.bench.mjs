// The refresh storm: 500 concurrent GETs with an expired token, against the mock bkend.
import { median, ms, printTable, ratio } from './report.mjs'

const COUNT = 500
const API_KEY = { 'X-API-Key': 'pk_test_demo' }

export default async function refreshStorm({ core, testing }) {
  const { createApiClient, memoryTokenStore, fromBkendTokens } = core
  const server = await testing.startMockBackend()
  try {
    const callRefresh = async (refreshToken) => {
      const response = await fetch(`${server.url}/v1/auth/refresh`, {
        method: 'POST',
        headers: { ...API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      })
      if (!response.ok) throw await core.decodeResponse(response)
      return fromBkendTokens(await response.json())
    }
    const store = memoryTokenStore(fromBkendTokens(server.control.signIn()))
    const client = createApiClient({
      baseUrl: server.url,
      headers: API_KEY,
      auth: { store, refresh: ({ refreshToken }) => callRefresh(refreshToken) },
    })
    const round = () =>
      Promise.all(Array.from({ length: COUNT }, () => client.get('/v1/data/posts')))

    // Baselines: one refresh round trip (on other sessions) and one round of 500 GETs.
    const refreshTimes = []
    for (let index = 0; index < 20; index += 1) {
      const { refreshToken } = server.control.signIn()
      const start = performance.now()
      await callRefresh(refreshToken)
      refreshTimes.push(performance.now() - start)
    }
    const roundTimes = []
    for (let index = 0; index < 5; index += 1) {
      const start = performance.now()
      await round()
      roundTimes.push(performance.now() - start)
    }
    const baseline = median(refreshTimes) + median(roundTimes)

    const stats = server.stats
    const rows = []
    for (let run = 1; run <= 3; run += 1) {
      const refreshesBefore = stats.refreshCalls
      const revokedBefore = stats.sessionsRevoked
      server.control.expireAllTokens()
      const start = performance.now()
      const results = await Promise.allSettled(
        Array.from({ length: COUNT }, () => client.get('/v1/data/posts')),
      )
      const wall = performance.now() - start
      rows.push({
        run,
        requests: COUNT,
        succeeded: results.filter((result) => result.status === 'fulfilled').length,
        'refresh calls': stats.refreshCalls - refreshesBefore,
        'sessions revoked': stats.sessionsRevoked - revokedBefore,
        'wall time': ms(wall),
        'vs refresh + 1 round': ratio(wall / baseline),
      })
    }
    printTable(
      `Refresh storm: ${COUNT} concurrent expired GETs`,
      rows,
      `One refresh round trip: ${ms(median(refreshTimes))}; one round of ${COUNT} GETs: ${ms(median(roundTimes))}. ` +
        'The storm is the 401 round, one refresh, then the replays: 1.00x means it costs no more than one refresh plus one round.',
    )
  } finally {
    await server.close()
  }
}
