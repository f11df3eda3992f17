import { useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { createApp, serveMockApi } from '../../test/support/mockApi.js'
import { isApiError } from '../core/isApiError.js'

serveMockApi()

// Regression: an error thrown by `select` reached `useQuery().error` as a plain Error, though
// its type says ApiError, so `error.userMessage` was undefined.
describe('createQueryClient: errors thrown by select', () => {
  it('gives useQuery a decoded ApiError when select throws', async () => {
    const { Wrapper } = createApp()
    const select = (): number => {
      throw new Error('select broke')
    }
    const { result } = renderHook(
      () => useQuery({ queryKey: ['selected'], queryFn: () => Promise.resolve(1), select }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(isApiError(result.current.error)).toBe(true)
    expect(typeof result.current.error?.userMessage).toBe('string')
  })

  it('runs a stable select once per new data, not on every render', async () => {
    const { Wrapper } = createApp()
    const select = vi.fn((value: number) => value * 2)
    const { result, rerender } = renderHook(
      () => useQuery({ queryKey: ['doubled'], queryFn: () => Promise.resolve(21), select }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.data).toBe(42))
    const calls = select.mock.calls.length
    rerender()
    rerender()
    expect(result.current.data).toBe(42)
    expect(select).toHaveBeenCalledTimes(calls)
  })
})
