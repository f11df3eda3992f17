'use client'

import { QueryClientProvider } from '@tanstack/react-query'
import { bkendAuth, createApiClient, type MessageCatalog } from 'api-error-kit'
import { ApiErrorProvider, createErrorHub } from 'api-error-kit/react'
import { createQueryClient } from 'api-error-kit/query'
import { PageError, Toaster, uiChannels } from 'api-error-kit/ui'
import { useState, type ReactNode } from 'react'

interface ProvidersProps {
  apiUrl: string
  publishableKey: string
  /** The request's catalog, loaded by the layout on the server. */
  messages: MessageCatalog
  children: ReactNode
}

/** The browser's client, hub and query client, made once per page. */
export function Providers({ apiUrl, publishableKey, messages, children }: ProvidersProps) {
  const [app] = useState(() => {
    const hub = createErrorHub()
    const api = createApiClient(bkendAuth({ baseUrl: apiUrl, publishableKey, storage: 'local' }))
    const queryClient = createQueryClient({
      hub,
      config: { defaultOptions: { queries: { staleTime: 60_000 } } },
    })
    return { hub, api, queryClient }
  })
  return (
    <ApiErrorProvider client={app.api} hub={app.hub} channels={uiChannels} messages={messages}>
      <QueryClientProvider client={app.queryClient}>
        <Toaster />
        <PageError />
        {children}
      </QueryClientProvider>
    </ApiErrorProvider>
  )
}
