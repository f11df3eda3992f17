import type { MockControl } from '../mockBackend/control.js'
import type { TokenPair } from '../mockBackend/sessions.js'
import type { MockStats } from '../mockBackend/stats.js'
import type { MockBackendOptions } from '../mockBackend/types.js'

/** A parsed body of any shape: contract tests read deep into envelopes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJson = any

/** A running mock backend, however it is served. */
export interface MockBackendFixture {
  /** Where requests go, e.g. `http://127.0.0.1:53124`. */
  baseUrl: string
  control: MockControl
  stats: MockStats
  close(): Promise<void>
}

/** Starts a mock backend with `options`, served one way or another. */
export type MockBackendSetup = (options?: MockBackendOptions) => Promise<MockBackendFixture>

/** How a contract test sends a request. */
export interface CallInit {
  method?: string
  body?: unknown
  token?: string
  /** @default 'pk_test_demo'; `null` sends none */
  apiKey?: string | null
  headers?: Record<string, string>
  signal?: AbortSignal
}

/** What every contract section gets: a server per test and a fetch that knows its URL. */
export interface ContractHarness {
  start(options?: MockBackendOptions): Promise<MockBackendFixture>
  readonly fixture: MockBackendFixture
  call(path: string, init?: CallInit): Promise<Response>
  /** Signs in over HTTP and returns the tokens. */
  signIn(email?: string, password?: string): Promise<TokenPair>
  /** Calls `path` and returns the status and parsed JSON body (typed loosely: tests read any shape). */
  callJson(
    path: string,
    init?: CallInit,
  ): Promise<{ status: number; body: AnyJson; response: Response }>
}

/** Creates the harness of one contract run; the caller stops the fixture after each test. */
export function createHarness(
  setup: MockBackendSetup,
): ContractHarness & { stop(): Promise<void> } {
  let current: MockBackendFixture | undefined

  const call = (path: string, init: CallInit = {}) => {
    const headers = new Headers(init.headers)
    const apiKey = init.apiKey === undefined ? 'pk_test_demo' : init.apiKey
    if (apiKey !== null) headers.set('x-api-key', apiKey)
    if (init.token) headers.set('authorization', `Bearer ${init.token}`)
    if (init.body !== undefined) headers.set('content-type', 'application/json')
    const body = init.body === undefined ? undefined : JSON.stringify(init.body)
    const method = init.method ?? (body === undefined ? 'GET' : 'POST')
    return fetch(harness.fixture.baseUrl + path, { method, headers, body, signal: init.signal })
  }

  const harness = {
    async start(options?: MockBackendOptions) {
      current = await setup(options)
      return current
    },
    get fixture() {
      if (!current) throw new Error('Start the mock backend first: await harness.start().')
      return current
    },
    call,
    async callJson(path: string, init?: CallInit) {
      const response = await call(path, init)
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : undefined, response }
    },
    async signIn(email = 'demo@example.com', password = 'password123') {
      const { status, body } = await harness.callJson('/v1/auth/email/signin', {
        body: { email, password },
      })
      if (status !== 200) throw new Error(`Sign-in failed with ${status}: ${JSON.stringify(body)}`)
      return body.data as TokenPair
    },
    async stop() {
      await current?.close()
      current = undefined
    },
  }
  return harness
}
