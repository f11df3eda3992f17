'use client'

import type { ApiClient } from '../core/client/types.js'
import { useApiErrorContext } from './useErrorHub.js'

/**
 * The API client of the nearest `ApiErrorProvider`.
 *
 * @example
 * const api = useApiClient()
 * const onSave = () => api.post('/v1/data/posts', { title })
 */
export function useApiClient(): ApiClient {
  const { client } = useApiErrorContext('useApiClient')
  if (!client)
    throw new Error('useApiClient needs a client: pass one to <ApiErrorProvider client={...}>.')
  return client
}
