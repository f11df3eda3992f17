import { startMockWorker } from './startMockWorker.js'

describe('startMockWorker', () => {
  it('says what to use instead when it runs outside a browser', async () => {
    await expect(startMockWorker({ baseUrl: 'https://api.example.com' })).rejects.toThrow(
      /browser.*startMockBackend.*createMockHandlers/,
    )
  })
})
