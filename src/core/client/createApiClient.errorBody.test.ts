import { createApiClient } from './createApiClient.js'

/** A fetch that answers 502 at once with a body that never ends, and ignores its signal. */
const endlessBodyFetch = () =>
  Promise.resolve(
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('<html><title>Bad'))
        },
      }),
      { status: 502, headers: { 'content-type': 'text/html' } },
    ),
  )

describe('createApiClient: an error body that never ends', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })

  // Regression: the client waited on the body for ever when its fetch did not stop the stream.
  it('settles at the request deadline with a timeout, even when fetch ignores the signal', async () => {
    const client = createApiClient({
      baseUrl: 'https://api.example.com',
      fetch: endlessBodyFetch,
      retry: { limit: 0 },
    })
    let settled: unknown
    const pending = client
      .get('/posts', { timeoutMs: 1000 })
      .catch((error: unknown) => (settled = error))
    await vi.advanceTimersByTimeAsync(990)
    expect(settled).toBeUndefined()
    await vi.advanceTimersByTimeAsync(20)
    await pending
    expect(settled).toMatchObject({ kind: 'timeout', code: 'request/timeout' })
  })

  it("aborts the read with the caller's signal", async () => {
    const client = createApiClient({ baseUrl: 'https://api.example.com', fetch: endlessBodyFetch })
    const controller = new AbortController()
    const pending = client.get('/posts', { signal: controller.signal }).catch((error) => error)
    await vi.advanceTimersByTimeAsync(100)
    controller.abort()
    expect(await pending).toMatchObject({ kind: 'aborted', code: 'request/aborted' })
  })
})
