import { inject } from 'vitest'
import { startMockWorker } from './startMockWorker.js'

// Runs in Chromium with msw 2 (the browser project) and msw 3 (the msw3-browser project of
// `npm test`): the service worker script served is the one of the msw under test.
describe('startMockWorker in a browser', () => {
  it('serves the worker script of the msw major under test', async () => {
    const script = await (await fetch('/mockServiceWorker.js')).text()
    const major = /PACKAGE_VERSION = '(\d+)\./.exec(script)?.[1]
    expect(major).toBe(inject('mswMajor'))
  })

  it('answers API requests through the service worker, with faults, and stops', async () => {
    const mock = await startMockWorker({ baseUrl: 'https://api.worker.test' })
    try {
      const { accessToken } = mock.control.signIn()
      const headers = { 'x-api-key': 'pk_test_demo', authorization: `Bearer ${accessToken}` }
      const list = await fetch('https://api.worker.test/v1/data/posts', { headers })
      expect(list.status).toBe(200)
      expect((await list.json()).data.total).toBe(3)
      mock.control.setRateLimit('data', { limit: 0, windowMs: 5_000 })
      const limited = await fetch('https://api.worker.test/v1/data/posts', { headers })
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '5'])
      mock.control.fault({ type: 'drop' })
      await expect(fetch('https://api.worker.test/v1/data/posts', { headers })).rejects.toThrow(
        TypeError,
      )
      expect(mock.stats.requests).toBe(3)
    } finally {
      mock.stop()
    }
  })
})
