import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { fromBkendTokens } from '../../src/core/index.js'
import { ApiErrorProvider } from '../../src/react/index.js'
import { Toaster } from '../../src/ui/index.js'
import { demoApi } from '../support/mockApi.js'
import { createDemoApp } from './createDemoApp.js'

/** Props of {@link DemoProviders}. */
export interface DemoProvidersProps {
  /** Start signed in as the demo user. @default false */
  signedIn?: boolean
  children?: ReactNode
}

/** The providers an app sets up once, around a fresh client, error hub and toaster. */
export function DemoProviders({ signedIn = false, children }: DemoProvidersProps) {
  const [app] = useState(() => {
    const created = createDemoApp()
    if (signedIn) created.client.tokens?.set(fromBkendTokens(demoApi().control.signIn()))
    return created
  })
  useEffect(() => () => app.client.dispose(), [app])

  return (
    <ApiErrorProvider client={app.client} hub={app.hub} channels={app.channels}>
      <QueryClientProvider client={app.queryClient}>
        {children}
        <Toaster store={app.toasts} />
      </QueryClientProvider>
    </ApiErrorProvider>
  )
}
