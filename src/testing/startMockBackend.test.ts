import { describeMockBackendContract } from './mockBackend.contract.js'
import { startMockBackend } from './startMockBackend.js'

describeMockBackendContract('startMockBackend (HTTP on loopback)', async (options) => {
  const server = await startMockBackend(options)
  return { baseUrl: server.url, control: server.control, stats: server.stats, close: server.close }
})
