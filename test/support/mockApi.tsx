// Shared by the React-layer tests: the mock backend served through MSW in Node, a client
// signed in to it, and the providers an app would set up.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { setupServer } from 'msw/node'
import { StrictMode, type ReactNode } from 'react'
import { createApiClient } from '../../src/core/client/createApiClient.js'
import type { ApiClientOptions } from '../../src/core/client/types.js'
import { fromBkendTokens } from '../../src/core/client/auth/bkendAuth.js'
import { memoryTokenStore } from '../../src/core/client/auth/memoryTokenStore.js'
import { createQueryClient } from '../../src/query/createQueryClient.js'
import { ApiErrorProvider, type ApiErrorProviderProps } from '../../src/react/ApiErrorProvider.js'
import { createErrorHub } from '../../src/react/routing/createErrorHub.js'
import { createMockBackend } from '../../src/testing/mockBackend/createMockBackend.js'
import { createMockHandlers } from '../../src/testing/msw/createMockHandlers.js'

export const BASE_URL = 'https://api.test'
export const backend = createMockBackend()
export const server = setupServer(...createMockHandlers(backend, { baseUrl: BASE_URL }))

/** Starts MSW for the file and resets the backend between tests. */
export function serveMockApi() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => backend.control.reset())
  afterAll(() => server.close())
}

/** A client signed in as the demo user, with fast retries. */
export function createSignedInClient(options: Partial<ApiClientOptions> = {}) {
  const store = memoryTokenStore(fromBkendTokens(backend.control.signIn()))
  const client: ReturnType<typeof createApiClient> = createApiClient({
    baseUrl: BASE_URL,
    headers: { 'X-API-Key': 'pk_test_demo' },
    unwrap: true,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
    auth: {
      store,
      crossTab: false,
      refresh: async ({ refreshToken }) =>
        fromBkendTokens(
          await client.post('/v1/auth/refresh', { refreshToken }, { auth: false, unwrap: false }),
        ),
      ...options.auth,
    },
  })
  return client
}

/** Everything a test renders under: the provider, the query client, optionally StrictMode. */
export function createApp(
  options: { client?: ReturnType<typeof createApiClient>; strict?: boolean } & Omit<
    ApiErrorProviderProps,
    'children' | 'client' | 'hub'
  > = {},
) {
  const { client = createSignedInClient(), strict = false, ...providerProps } = options
  const hub = createErrorHub()
  const queryClient = createQueryClient({ hub })
  function Wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <ApiErrorProvider client={client} hub={hub} {...providerProps}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiErrorProvider>
    )
    return strict ? <StrictMode>{tree}</StrictMode> : tree
  }
  return { client, hub, queryClient, Wrapper }
}

/** A spy per channel, to hand to `createApp({ channels })`. */
export const channelSpies = () => ({
  toast: vi.fn(),
  banner: vi.fn(),
  countdown: vi.fn(),
  field: vi.fn(),
  session: vi.fn(),
  silent: vi.fn(),
})

/** The data every query in the cache holds (`undefined` for those without): empty after a clear. */
export const cachedData = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.state.data)
    .filter((data) => data !== undefined)
