import { focusManager } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

const refocus = () =>
  act(() => {
    focusManager.setFocused(false)
    focusManager.setFocused(true)
  })

afterEach(() => {
  focusManager.setFocused(undefined)
})

// Regression: once the session ended, each window focus refetched every query without tokens,
// and their 401s were toasted on top of the sign-in the user had just been sent to.
describe('createQueryClient: after the session ended', () => {
  it('announces the end once and nothing for the refetches that follow on focus', async () => {
    const toast = vi.fn()
    const banner = vi.fn()
    const session = vi.fn()
    const onSessionExpired = vi.fn()
    const { Wrapper } = createApp({ channels: { toast, banner, session }, onSessionExpired })
    const { result } = renderHook(
      () =>
        [1, 2, 3].map((n) =>
          useApiQuery({
            queryKey: ['posts', n],
            path: '/v1/data/posts',
            request: { query: { page: n } },
          }),
        ),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true))
    backend.control.expireAllTokens()
    backend.control.failNextRefreshes(1)
    refocus()
    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true))
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    const requestsBefore = backend.stats.requestsByRoute['GET /v1/data/:table'] ?? 0
    refocus()
    await waitFor(() =>
      expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(requestsBefore + 3),
    )
    await waitFor(() => expect(result.current.every((query) => !query.isFetching)).toBe(true))
    expect(result.current[0]!.error?.status).toBe(401)
    expect(toast).not.toHaveBeenCalled()
    expect(banner).not.toHaveBeenCalled()
    expect(session).toHaveBeenCalledTimes(1)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })
})
