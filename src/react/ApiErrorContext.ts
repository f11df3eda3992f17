'use client'

import { createContext } from 'react'
import type { ApiClient } from '../core/client/types.js'
import type { MessageCatalog, MessageResolver } from '../core/messages/messageCatalog.js'
import type { ErrorHub } from './routing/createErrorHub.js'

/** What `ApiErrorProvider` gives its subtree. The value is stable: errors never re-render through it (a new `messages` does). */
export interface ApiErrorContextValue {
  client: ApiClient | undefined
  hub: ErrorHub
  /** The provider's messages: errors below it are shown in their language. */
  messages: MessageCatalog | MessageResolver | undefined
}

/** The context behind `useApiClient`, `useErrorHub` and `useApiError`. */
export const ApiErrorContext = createContext<ApiErrorContextValue | undefined>(undefined)
