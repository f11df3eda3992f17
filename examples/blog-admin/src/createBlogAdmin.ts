import { bkendAuth, createApiClient, type ApiClient, type BkendAuthOptions } from 'api-error-kit'
import { createQueryClient } from 'api-error-kit/query'
import { createErrorHub, type ChannelHandlers, type ErrorHub } from 'api-error-kit/react'
import { createToast, createToastStore, createUiChannels, type ToastStore } from 'api-error-kit/ui'

/** Everything one blog admin owns: made once per page (or per story, so two never share). */
export interface BlogAdminSetup {
  client: ApiClient
  hub: ErrorHub
  queryClient: ReturnType<typeof createQueryClient>
  toasts: ToastStore
  channels: ChannelHandlers
}

/** Options of {@link createBlogAdmin}. */
export interface CreateBlogAdminOptions {
  /** The API's origin: the loopback mock (`npm run example`) or the gallery's in-page one. */
  apiUrl: string
  /** Where the tokens live. @default 'local', as most apps keep them */
  storage?: BkendAuthOptions['storage']
  /** Share refreshes and sign-outs with the other tabs. @default true */
  crossTab?: boolean
}

/**
 * The setup a bkend app writes once: a client with bkend's auth (the API key, the envelope,
 * one refresh per expired token), one error hub shared by the provider and the query client,
 * and toasts for the errors routed to them.
 */
export function createBlogAdmin({
  apiUrl,
  storage = 'local',
  crossTab = true,
}: CreateBlogAdminOptions): BlogAdminSetup {
  const options = bkendAuth({
    baseUrl: apiUrl,
    publishableKey: 'pk_test_demo',
    storage,
    auth: { crossTab },
  })
  // Waits the client takes itself (up to 2.5 s here) are counted down by PageError; a longer one
  // fails at once with a countdown and a Try again that waits for it.
  const client = createApiClient({ ...options, retry: { maxRetryAfterMs: 2500 } })
  const hub = createErrorHub()
  const toasts = createToastStore()
  const channels = createUiChannels(createToast(toasts))
  return { client, hub, queryClient: createQueryClient({ hub }), toasts, channels }
}
