'use client'

import { createContext } from 'react'
import type { ApiClient } from '../core/client/types.js'
import type { ErrorHub } from './routing/createErrorHub.js'

/** What `ApiErrorProvider` gives its subtree. The value is stable: errors never re-render through it. */
export interface ApiErrorContextValue {
  client: ApiClient | undefined
  hub: ErrorHub
}

/** The context behind `useApiClient`, `useErrorHub` and `useApiError`. */
export const ApiErrorContext = createContext<ApiErrorContextValue | undefined>(undefined)
