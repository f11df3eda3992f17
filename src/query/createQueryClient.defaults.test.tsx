import { renderHook, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { apiQueryRetry } from './apiQueryRetry.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

// Regression: setDefaultOptions replaced every default, apiQueryRetry included, so TanStack's
// three retries ran on top of the client's: a persistent 503 cost 12 requests instead of 3.
describe('createQueryClient: setDefaultOptions after creation', () => {
  it('keeps apiQueryRetry under new defaults, so a persistent 503 still costs the client attempts only', async () => {
    const { Wrapper, queryClient } = createApp()
    queryClient.setDefaultOptions({ queries: { staleTime: 1000, retryDelay: 1 } })
    backend.control.fault({
      type: 'status',
      status: 503,
      times: Infinity,
      match: { path: '/v1/data/todos' },
    })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['todos'], path: '/v1/data/todos' }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 10_000 })
    expect(result.current.failureCount).toBe(1)
    expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(3)
    expect(queryClient.getDefaultOptions().queries?.staleTime).toBe(1000)
  })

  it('lets the new defaults choose a retry of their own', () => {
    const { queryClient } = createApp()
    const retry = vi.fn(() => false)
    queryClient.setDefaultOptions({ queries: { retry }, mutations: { retry: 1 } })
    expect(queryClient.getDefaultOptions().queries?.retry).toBe(retry)
    expect(queryClient.getDefaultOptions().mutations?.retry).toBe(1)
    queryClient.setDefaultOptions({})
    expect(queryClient.getDefaultOptions().queries?.retry).toBe(apiQueryRetry)
    expect(queryClient.getDefaultOptions().mutations?.retry).toBe(false)
  })
})
