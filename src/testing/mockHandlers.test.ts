import { setupServer } from 'msw/node'
import { createMockBackend } from './mockBackend/createMockBackend.js'
import { describeMockBackendContract } from './mockBackend.contract.js'
import { createMockHandlers } from './mockHandlers.js'

describeMockBackendContract('createMockHandlers (MSW setupServer)', async (options) => {
  const backend = createMockBackend(options)
  const baseUrl = 'http://api.mock.test'
  const server = setupServer(...createMockHandlers(backend, { baseUrl }))
  server.listen({ onUnhandledRequest: 'error' })
  return {
    baseUrl,
    control: backend.control,
    stats: backend.stats,
    close: async () => server.close(),
  }
})
