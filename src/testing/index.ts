// The `api-error-kit/testing` entry: a mock backend that fails like bkend and Backstack,
// served over HTTP (Node), through MSW in Node, or through MSW's service worker in a browser.
export { createMockBackend } from './mockBackend/createMockBackend.js'
export { startMockBackend } from './startMockBackend.js'
export { createMockHandlers } from './mockHandlers.js'
export { startMockWorker } from './startMockWorker.js'
export { errorBodies, bkendErrorBodies } from './errorBodies.js'

export type { MockBackend } from './mockBackend/createMockBackend.js'
export type { MockControl } from './mockBackend/control.js'
export type { MockStats, MockStatsSnapshot } from './mockBackend/stats.js'
export type { TokenPair as MockTokenPair } from './mockBackend/sessions.js'
export type {
  MockBackendOptions,
  MockFault,
  MockFaultMatch,
  MockFaultType,
  MockMode,
  MockRateLimit,
  MockRefreshFailure,
  MockUser,
  ResolvedMockBackendOptions,
} from './mockBackend/types.js'
export type { RunningMockBackend } from './startMockBackend.js'
export type { MockHandlersOptions } from './mockHandlers.js'
export type { MockWorkerOptions, RunningMockWorker } from './startMockWorker.js'
