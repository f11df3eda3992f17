// The `api-error-kit/testing/msw` entry: the mock backend of `api-error-kit/testing` served
// through MSW 2 or 3, in Node (`setupServer`) or in the browser (its service worker). The only
// entry that imports `msw`, so apps that use the HTTP server alone need not install it.
export { createMockHandlers } from './createMockHandlers.js'
export { startMockWorker } from './startMockWorker.js'

export type { MockHandlersOptions } from './createMockHandlers.js'
export type { MockWorkerOptions, RunningMockWorker } from './startMockWorker.js'
