import { decodeError } from '../decodeError.js'
import { decodeErrorAsync } from '../decodeErrorAsync.js'

const problem = () =>
  new Response(
    JSON.stringify({
      title: 'Invalid',
      status: 422,
      errors: [{ detail: 'Too short', pointer: '#/name' }],
    }),
    {
      status: 422,
      headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-9' },
    },
  )

describe('decodeError: a Response', () => {
  it('reads the status and headers of a Response given as it is, and leaves its body unread', () => {
    const response = problem()
    const error = decodeError(response)
    expect(error).toMatchObject({
      status: 422,
      kind: 'validation',
      requestId: 'req-9',
      format: 'unread',
    })
    expect(response.bodyUsed).toBe(false)
  })

  it('reads the body too with decodeErrorAsync', async () => {
    const response = problem()
    expect(await decodeErrorAsync(response)).toMatchObject({
      status: 422,
      format: 'problem-details',
      fields: { name: ['Too short'] },
      requestId: 'req-9',
    })
  })

  it('says the body is gone when it was read before', async () => {
    const response = problem()
    await response.text()
    expect(await decodeErrorAsync(response)).toMatchObject({ status: 422, format: 'empty' })
  })

  it('reads a 429 Response with its wait at once', () => {
    const limited = new Response(null, { status: 429, headers: { 'retry-after': '3' } })
    expect(decodeError(limited)).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3_000 })
  })
})
