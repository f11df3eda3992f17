import { ApiError } from '../ApiError.js'
import { decodeError } from './decodeError.js'
import { registerDecoder } from './decoderRegistry.js'

describe('decodeError: bad input', () => {
  const expectValid = (error: ApiError) => {
    expect(error).toBeInstanceOf(ApiError)
    expect(typeof error.userMessage).toBe('string')
    expect(error.userMessage.length).toBeGreaterThan(0)
    expect(error.code).toMatch(/\//)
  }

  it.each([
    [null],
    [undefined],
    [42],
    [true],
    [[]],
    [[1, 2]],
    [''],
    ['   '],
    [Symbol('x')],
    [() => 1],
    [10n],
  ])('makes a valid error of %s', (input) => {
    expectValid(decodeError(input, { status: 500 }))
    expectValid(decodeError(input))
  })

  it('survives cyclic objects', () => {
    const body: Record<string, unknown> = { message: 'loop' }
    body.self = body
    body.error = body
    body.errors = [body]
    expectValid(decodeError(body, { status: 400 }))
  })

  it('survives getters that throw and revoked proxies', () => {
    const hostile = {
      get error(): unknown {
        throw new Error('boom')
      },
    }
    expectValid(decodeError(hostile, { status: 400 }))
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expectValid(decodeError(proxy, { status: 400 }))
  })

  it('never pollutes a prototype', () => {
    const body = JSON.parse(
      '{"__proto__": {"polluted": true}, "errors": {"__proto__": ["x"], "constructor.prototype.polluted": ["y"]}, "message": "m"}',
    ) as unknown
    const error = decodeError(body, { status: 422 })
    expectValid(error)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(error.fields)).toBe(Object.prototype)
  })

  it('handles megabyte bodies and deep nesting in bounded time', () => {
    const huge = JSON.stringify({
      message: 'x'.repeat(1_500_000),
      errors: { field: ['y'.repeat(100_000)] },
    })
    const started = performance.now()
    const error = decodeError(huge, { status: 400 })
    expectValid(error)
    expect(error.message.length).toBeLessThanOrEqual(2001)
    let deep: unknown = { message: 'deep' }
    for (let i = 0; i < 100_000; i++) deep = { error: deep, errors: [deep] }
    expectValid(decodeError(deep, { status: 400 }))
    expectValid(decodeError('['.repeat(200_000), { status: 400 }))
    expectValid(decodeError('x'.repeat(3_000_000), { status: 400 }))
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('keeps non-string messages out and HTML as plain text', () => {
    const error = decodeError({ message: { html: '<b>x</b>' } }, { status: 400 })
    expectValid(error)
    const html = decodeError(
      {
        success: false,
        error: { code: 'data/validation-error', message: '<img src=x onerror=alert(1)>' },
      },
      { status: 400 },
    )
    expect(html.message).toBe('<img src=x onerror=alert(1)>')
  })

  // Regression (found by the property test): a body's retry_after was not held to the 24 h the
  // headers are, so 1.8e305 seconds became an Infinity wait; a decoder of the app's could give NaN.
  it('holds a body or a decoder wait to 0 to 24 hours', () => {
    const day = 86_400_000
    expect(decodeError({ message: 'x', retry_after: 1.797693134862316e305 }).retryAfterMs).toBe(day)
    expect(decodeError({ message: 'x', retry_after: 1e9 }).retryAfterMs).toBe(day)
    expect(decodeError({ message: 'x', retry_after: 30 }).retryAfterMs).toBe(30_000)
    for (const wait of [Number.NaN, -5, Infinity]) {
      const unregister = registerDecoder({
        name: 'waits',
        decode: () => ({ format: 'waits', message: 'x', retryAfterMs: wait }),
      })
      try {
        const { retryAfterMs } = decodeError({ anything: true }, { status: 503 })
        expect(retryAfterMs).toBe(wait === Infinity ? day : undefined)
      } finally {
        unregister()
      }
    }
  })
})
