import { act, renderHook, waitFor } from '@testing-library/react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import type { ErrorNotice } from '../react/routing/channels.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

const pollRequests = () => backend.stats.requestsByRoute['GET /v1/data/:table'] ?? 0
const serverDown = () =>
  backend.control.fault({ type: 'status', status: 500, times: Infinity, match: { method: 'GET' } })

// Regression: a query polled with refetchInterval showed a toast on every failed poll once the
// polls were further apart than the hub's merge window, and a banner was announced again each time.
describe('createQueryClient: the same failure again', () => {
  it('announces a poll that keeps failing once, and again after a success in between', async () => {
    const toast = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { toast } })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', refetchInterval: 20 }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    serverDown()
    const before = pollRequests()
    await waitFor(() => expect(pollRequests()).toBeGreaterThan(before + 4), { timeout: 10_000 })
    expect(toast).toHaveBeenCalledTimes(1)
    backend.control.clearFaults()
    await waitFor(() => expect(result.current.isError).toBe(false))
    serverDown()
    await waitFor(() => expect(toast).toHaveBeenCalledTimes(2))
  })

  it('announces the failure again when the user asks to try again', async () => {
    const banner = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { banner } })
    serverDown()
    renderHook(() => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' }), {
      wrapper: Wrapper,
    })
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(1))
    act(() => banner.mock.calls[0]![0].retry!())
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(2))
  })

  it('announces the failure again to a page that mounts the query anew', async () => {
    const banner = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { banner } })
    serverDown()
    const usePosts = () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts' })
    const first = renderHook(usePosts, { wrapper: Wrapper })
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(1))
    first.unmount()
    renderHook(usePosts, { wrapper: Wrapper })
    await waitFor(() => expect(banner).toHaveBeenCalledTimes(2))
  })

  it('announces a different failure of the same query', async () => {
    const toast = vi.fn<(notice: ErrorNotice) => void>()
    const { Wrapper } = createApp({ channels: { toast } })
    const { result } = renderHook(
      () => useApiQuery({ queryKey: ['posts'], path: '/v1/data/posts', retry: false }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    serverDown()
    await act(() => result.current.refetch())
    await act(() => result.current.refetch())
    expect(toast).toHaveBeenCalledTimes(1)
    backend.control.clearFaults()
    backend.control.fault({
      type: 'status',
      status: 500,
      code: 'data/database-unavailable',
      times: Infinity,
      match: { method: 'GET' },
    })
    await act(() => result.current.refetch())
    expect(toast).toHaveBeenCalledTimes(2)
  })
})
