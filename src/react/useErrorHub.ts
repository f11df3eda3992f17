'use client'

import { useContext } from 'react'
import { ApiErrorContext, type ApiErrorContextValue } from './ApiErrorContext.js'

/** The provider's context, or a clear error when there is none. */
export function useApiErrorContext(hook: string): ApiErrorContextValue {
  const value = useContext(ApiErrorContext)
  if (!value)
    throw new Error(`${hook} must be called inside <ApiErrorProvider>; wrap your app in it.`)
  return value
}

/**
 * The error hub of the nearest `ApiErrorProvider`, to route errors by hand.
 *
 * @example
 * const hub = useErrorHub()
 * try { await upload(file) } catch (error) { hub.route(error, { source: 'mutation' }) }
 */
export function useErrorHub() {
  return useApiErrorContext('useErrorHub').hub
}
