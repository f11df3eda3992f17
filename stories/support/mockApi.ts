import { startMockWorker, type RunningMockWorker } from '../../src/testing/msw/index.js'

/** The origin the gallery's API requests go to; MSW's service worker answers them in the page. */
export const DEMO_API_URL = 'https://api.demo.test'

/** The publishable key the mock backend accepts. */
export const DEMO_API_KEY = 'pk_test_demo'

let running: Promise<RunningMockWorker> | undefined
let started: RunningMockWorker | undefined

/** Starts the mock backend once per page (the preview's `beforeAll` awaits it). */
export function startDemoApi(): Promise<RunningMockWorker> {
  running ??= startMockWorker({ baseUrl: DEMO_API_URL }).then((mock) => (started = mock))
  return running
}

/** The running mock backend: its control (faults, modes, token expiry) and its counters. */
export function demoApi(): RunningMockWorker {
  if (!started) {
    throw new Error('The mock backend is not running yet: await startDemoApi() before rendering.')
  }
  return started
}
