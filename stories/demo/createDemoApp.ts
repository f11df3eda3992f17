import { bkendAuth, createApiClient, type ApiClient } from '../../src/core/index.js'
import { createQueryClient } from '../../src/query/index.js'
import { createErrorHub, type ChannelHandlers, type ErrorHub } from '../../src/react/index.js'
import {
  createToast,
  createToastStore,
  createUiChannels,
  type ToastStore,
} from '../../src/ui/index.js'
import { DEMO_API_KEY, DEMO_API_URL } from '../support/mockApi.js'

/** Everything one mounted demo app owns, so two stories never share a session or a toast. */
export interface DemoApp {
  client: ApiClient
  hub: ErrorHub
  queryClient: ReturnType<typeof createQueryClient>
  toasts: ToastStore
  channels: ChannelHandlers
}

/**
 * The setup an app on bkend writes once: a client with bkend's auth, one error hub shared by
 * the provider and the query client, and toasts for the errors routed to them.
 */
export function createDemoApp(): DemoApp {
  const options = bkendAuth({
    baseUrl: DEMO_API_URL,
    publishableKey: DEMO_API_KEY,
    // Each tab runs its own mock backend, so tabs have nothing to share.
    auth: { crossTab: false },
  })
  const client = createApiClient({
    ...options,
    // Waits longer than a second are shown as a countdown instead of being waited out silently.
    retry: { maxRetryAfterMs: 1000 },
  })
  const hub = createErrorHub()
  const toasts = createToastStore()
  const channels = createUiChannels(createToast(toasts))
  return { client, hub, queryClient: createQueryClient({ hub }), toasts, channels }
}
