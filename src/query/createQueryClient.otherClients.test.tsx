import { useMutation, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import ky from 'ky'
import {
  BASE_URL,
  backend,
  createApp,
  serveMockApi,
  channelSpies,
} from '../../test/support/mockApi.js'

serveMockApi()

// An app that fetches with ky, not with the kit's client: ky 1 leaves an HTTPError's body unread.
const kyApi = () =>
  ky.create({
    prefixUrl: BASE_URL,
    retry: 0,
    headers: {
      'x-api-key': 'pk_test_demo',
      authorization: `Bearer ${backend.control.signIn().accessToken}`,
    },
  })

describe('createQueryClient: queries and mutations of another client', () => {
  it("reads the body of ky's HTTPError, so a mutation's fields reach useMutation().error", async () => {
    const api = kyApi()
    const { Wrapper } = createApp({ channels: channelSpies() })
    const { result } = renderHook(
      () =>
        useMutation({
          mutationFn: (post: { title: string }) => api.post('v1/data/posts', { json: post }).json(),
        }),
      { wrapper: Wrapper },
    )
    result.current.mutate({ title: '' })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({
      status: 400,
      code: 'data/validation-error',
      requestMethod: 'POST',
    })
  })

  it("routes ky's 429 to the countdown with the server's wait", async () => {
    backend.control.setRateLimit('data', { limit: 0, windowMs: 20_000 })
    const api = kyApi()
    const channels = channelSpies()
    const { Wrapper } = createApp({ channels })
    const { result } = renderHook(
      () => useQuery({ queryKey: ['ky-posts'], queryFn: () => api.get('v1/data/posts').json() }),
      { wrapper: Wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({
      status: 429,
      code: 'data/rate-limit-exceeded',
      retryAfterMs: 20_000,
    })
    expect(channels.countdown).toHaveBeenCalledTimes(1)
    expect(channels.countdown.mock.calls[0]?.[0]).toMatchObject({
      error: { retryAfterMs: 20_000 },
    })
  })
})
