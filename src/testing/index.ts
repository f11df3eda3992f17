// The `api-error-kit/testing` entry: a mock backend that fails like bkend and Backstack, served
// over HTTP (Node) or handled in-process. It imports no `msw`: the MSW handlers and the service
// worker live in `api-error-kit/testing/msw`.
export { createMockBackend } from './mockBackend/createMockBackend.js'
export { startMockBackend } from './startMockBackend.js'
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
  MockStorage,
  MockUser,
  ResolvedMockBackendOptions,
} from './mockBackend/types.js'
export type { RunningMockBackend, StartMockBackendOptions } from './startMockBackend.js'
