'use client'

import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary, type ErrorBoundaryProps } from '../react/ErrorBoundary.js'

/**
 * An error boundary wired to TanStack's `QueryErrorResetBoundary`: its fallback shows the decoded
 * error, and its reset retries the failed queries below it. Works with suspense queries and with
 * `throwOnError` (of queries and mutations); with `createQueryClient`, an error thrown to it is
 * not shown again by the hub (no banner or toast), though a session that ended is still announced.
 *
 * @example
 * <ApiErrorBoundary fallback={({ error, reset }) => <ErrorBanner error={error} onRetry={reset} />}>
 *   <Suspense fallback={<Spinner />}><Posts /></Suspense>
 * </ApiErrorBoundary>
 */
export function ApiErrorBoundary({ onReset, ...props }: ErrorBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          {...props}
          onReset={() => {
            reset()
            onReset?.()
          }}
        />
      )}
    </QueryErrorResetBoundary>
  )
}
