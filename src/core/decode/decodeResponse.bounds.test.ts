import { decodeResponse } from './decodeResponse.js'

/** A body that sends its first bytes and then nothing more, ever. */
function neverEnding() {
  let cancelled = false
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"message":'))
    },
    cancel() {
      cancelled = true
    },
  })
  return { response: new Response(stream, { status: 502 }), cancelled: () => cancelled }
}

/** A body that sends one byte every 5 ms, for ever. */
function trickling() {
  let cancelled = false
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      controller.enqueue(new Uint8Array([32]))
    },
    cancel() {
      cancelled = true
    },
  })
  return { response: new Response(stream, { status: 500 }), cancelled: () => cancelled }
}

/** Settles `promise` while the fake clock runs `ms`; `undefined` when it has not settled by then. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  let result: T | undefined
  void promise.then((value) => (result = value))
  await vi.advanceTimersByTimeAsync(ms)
  return result
}

describe('decodeResponse: a body that never ends', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('settles after 10 s by default, cancels the read and says so', async () => {
    const { response, cancelled } = neverEnding()
    const pending = decodeResponse(response, { method: 'get' })
    expect(await within(9_900, pending)).toBeUndefined()
    const error = await within(200, pending)
    expect(error).toMatchObject({
      status: 502,
      kind: 'server',
      code: 'http/502',
      format: 'too-slow',
      requestMethod: 'GET',
      message: 'The error body took longer than 10000 ms to arrive, so it was not read.',
    })
    expect(cancelled()).toBe(true)
  })

  it('settles within timeoutMs for a body that trickles a byte every 5 ms', async () => {
    const { response, cancelled } = trickling()
    const error = await within(1_050, decodeResponse(response, { timeoutMs: 1_000 }))
    expect(error).toMatchObject({ status: 500, format: 'too-slow' })
    expect(error?.message).toContain('1000 ms')
    expect(cancelled()).toBe(true)
  })

  it('stops at once when the signal aborts, with an error that says it was aborted', async () => {
    const { response, cancelled } = neverEnding()
    const controller = new AbortController()
    const pending = decodeResponse(response, { signal: controller.signal })
    expect(await within(100, pending)).toBeUndefined()
    controller.abort()
    const error = await within(0, pending)
    expect(error).toMatchObject({ status: 502, kind: 'aborted', code: 'request/aborted' })
    expect(cancelled()).toBe(true)
  })

  it('takes the kind of the signal: a TimeoutError reason is a timeout', async () => {
    const { response } = neverEnding()
    const controller = new AbortController()
    const pending = decodeResponse(response, { signal: controller.signal })
    controller.abort(new DOMException('The page gave up.', 'TimeoutError'))
    const error = await within(0, pending)
    expect(error).toMatchObject({ status: 502, kind: 'timeout', code: 'request/timeout' })
  })

  it('does not read a body whose signal has already aborted', async () => {
    const { response, cancelled } = neverEnding()
    const error = await within(0, decodeResponse(response, { signal: AbortSignal.abort() }))
    expect(error).toMatchObject({ status: 502, kind: 'aborted' })
    expect(cancelled()).toBe(true)
  })

  it('leaves the bound to the signal when timeoutMs is Infinity', async () => {
    const { response } = neverEnding()
    const controller = new AbortController()
    const pending = decodeResponse(response, { timeoutMs: Infinity, signal: controller.signal })
    expect(await within(60_000, pending)).toBeUndefined()
    controller.abort()
    expect(await within(0, pending)).toMatchObject({ kind: 'aborted' })
  })

  it('leaves no timer behind once a body is read', async () => {
    await decodeResponse(new Response('{"message":"x"}', { status: 500 }), { timeoutMs: 5_000 })
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('decodeResponse: option values', () => {
  const response = () => new Response('{"message":"x"}', { status: 500 })

  it.each([
    ['maxBodyBytes: NaN', { maxBodyBytes: Number.NaN }],
    ['maxBodyBytes: -1', { maxBodyBytes: -1 }],
    ['maxBodyBytes: Infinity', { maxBodyBytes: Infinity }],
    ['maxBodyBytes: "1000"', { maxBodyBytes: '1000' }],
    ['timeoutMs: NaN', { timeoutMs: Number.NaN }],
    ['timeoutMs: 0', { timeoutMs: 0 }],
    ['timeoutMs: -5', { timeoutMs: -5 }],
    ['timeoutMs: "10s"', { timeoutMs: '10s' }],
    ['signal: "stop"', { signal: 'stop' }],
    ['now: NaN', { now: Number.NaN }],
  ])(
    'rejects %s with a TypeError that names the option and what to pass',
    async (named, options) => {
      const result = decodeResponse(response(), options as never)
      await expect(result).rejects.toThrow(TypeError)
      await expect(result).rejects.toThrow(`decodeResponse got ${named}; pass`)
    },
  )

  it('takes a cap of 0 bytes: any body is too large', async () => {
    expect(await decodeResponse(response(), { maxBodyBytes: 0 })).toMatchObject({
      format: 'too-large',
    })
  })
})
