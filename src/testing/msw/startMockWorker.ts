import type { MockControl } from '../mockBackend/control.js'
import { createMockBackend, type MockBackend } from '../mockBackend/createMockBackend.js'
import type { MockStats } from '../mockBackend/stats.js'
import type { MockBackendOptions } from '../mockBackend/types.js'
import { createMockHandlers } from './createMockHandlers.js'

/** Options of {@link startMockWorker}: where to listen, plus every backend option. */
export interface MockWorkerOptions extends MockBackendOptions {
  /** The origin the app sends its API requests to, e.g. `https://api.example.com`. */
  baseUrl: string
  /** Where the app serves MSW's worker script (`npx msw init public`). @default '/mockServiceWorker.js' */
  serviceWorkerUrl?: string
  /**
   * Keeps users, sessions and tokens across page reloads, as a real backend would, so the
   * tokens an app keeps (`storage: 'local'`) still work after a reload. `false` forgets them on
   * each load. Data starts from the seed on each load either way.
   * @default true: in `storage` (localStorage unless given), under a key per `baseUrl`
   */
  persist?: boolean
}

/** A mock backend answering in the browser through MSW's service worker. */
export interface RunningMockWorker {
  /** The backend the worker answers with. */
  readonly backend: MockBackend
  /** Faults, rate limits, modes and sessions of the backend. */
  readonly control: MockControl
  /** The counters of the backend. */
  readonly stats: MockStats
  /** Stops intercepting requests. */
  stop(): void
}

/**
 * Starts the mock backend in the browser: requests under `baseUrl` are answered by MSW's
 * service worker; every other request passes through. `msw/browser` is loaded only here. Its
 * users and sessions outlive a reload (see `persist`): use it while developing an app.
 *
 * @example
 * const mock = await startMockWorker({ baseUrl: 'https://api.example.com' })
 * mock.control.setRateLimit('data', { limit: 3, windowMs: 10_000 })
 */
export async function startMockWorker(options: MockWorkerOptions): Promise<RunningMockWorker> {
  const {
    baseUrl,
    serviceWorkerUrl = '/mockServiceWorker.js',
    persist = true,
    ...backendOptions
  } = options
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    throw new Error(
      'startMockWorker needs a browser with service workers; in Node or jsdom use startMockBackend (HTTP, from api-error-kit/testing) or createMockHandlers with msw/node.',
    )
  }
  const { setupWorker } = await import('msw/browser')
  const backend = createMockBackend(
    persist
      ? {
          storage: globalThis.localStorage,
          storageKey: `api-error-kit.mock-sessions:${baseUrl}`,
          ...backendOptions,
        }
      : { ...backendOptions, storage: undefined },
  )
  const worker = setupWorker(...createMockHandlers(backend, { baseUrl }))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: serviceWorkerUrl },
  })
  return {
    backend,
    control: backend.control,
    stats: backend.stats,
    stop: () => worker.stop(),
  }
}
