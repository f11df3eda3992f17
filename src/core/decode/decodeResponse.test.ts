import { decodeResponse } from './decodeResponse.js'

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

describe('decodeResponse', () => {
  it('decodes JSON and problem+json bodies with the response status and headers', async () => {
    const error = await decodeResponse(
      json(
        { success: false, error: { code: 'data/not-found', message: 'Record does not exist' } },
        404,
        { 'x-request-id': 'abc' },
      ),
      { method: 'get', url: 'https://api.example.com/v1/data/posts/1' },
    )
    expect(error).toMatchObject({
      status: 404,
      code: 'data/not-found',
      kind: 'not-found',
      requestId: 'abc',
      requestMethod: 'GET',
    })
    const problem = await decodeResponse(
      new Response(
        JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Nope' }),
        {
          status: 403,
          headers: { 'content-type': 'application/problem+json' },
        },
      ),
    )
    expect(problem).toMatchObject({ format: 'problem-details', kind: 'permission' })
  })

  it('copes with empty, HTML, text and invalid JSON bodies', async () => {
    expect(await decodeResponse(new Response(null, { status: 503 }))).toMatchObject({
      format: 'empty',
      code: 'http/503',
    })
    expect(
      await decodeResponse(
        new Response('<html><title>Bad Gateway</title></html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
      ),
    ).toMatchObject({ format: 'html', message: 'Bad Gateway' })
    expect(await decodeResponse(new Response('nope', { status: 500 }))).toMatchObject({
      format: 'text',
      message: 'nope',
    })
    expect(
      await decodeResponse(
        new Response('{"error": {"co', {
          status: 500,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    ).toMatchObject({ format: 'invalid-json', status: 500 })
  })

  it('stops reading a body over the cap', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(64 * 1024).fill(32))
      },
    })
    const error = await decodeResponse(new Response(stream, { status: 500 }), {
      maxBodyBytes: 256 * 1024,
    })
    expect(error).toMatchObject({ format: 'too-large', status: 500, kind: 'server' })
    expect(pulled).toBeLessThan(10)
  })

  it('does not fail on a body already read', async () => {
    const response = json({ message: 'x' }, 500)
    await response.text()
    expect(await decodeResponse(response)).toMatchObject({ status: 500, format: 'empty' })
  })

  it('decodes a body that breaks off mid-stream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"message":'))
        controller.error(new TypeError('terminated'))
      },
    })
    expect(await decodeResponse(new Response(stream, { status: 502 }))).toMatchObject({
      status: 502,
      kind: 'server',
      format: 'unreadable',
    })
  })
})
