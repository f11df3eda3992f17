import fc from 'fast-check'
import { bkendErrorBodies, errorBodies } from '../../testing/errorBodies.js'
import type { ApiError } from '../ApiError.js'
import { bkendFormats } from './bkendFormats.js'
import { builtInDecoders } from './builtInDecoders.js'
import { createDecoder } from './createDecoder.js'
import { decodeError } from './decodeError.js'
import { bkendDecoder } from './formats/bkend.js'
import { genericDecoder } from './formats/generic.js'
import { problemDetailsDecoder } from './formats/problemDetails.js'
import { stripeDecoder } from './formats/stripe.js'
import type { ErrorDecoder } from './types.js'

/** The parts of an ApiError a decoder decides: everything but the stack and the object itself. */
const seen = (error: ApiError) => ({ ...error, cause: undefined, stack: undefined })

const samples: unknown[] = [...Object.values(errorBodies), ...Object.values(bkendErrorBodies)]

/** Replaces some string and number leaves of `value`: the same shape, other contents. */
function vary(value: unknown, strings: string[], numbers: number[]): unknown {
  let next = 0
  const walk = (item: unknown): unknown => {
    next += 1
    if (typeof item === 'string') return strings[next % strings.length] ?? item
    if (typeof item === 'number') return numbers[next % numbers.length] ?? item
    if (Array.isArray(item)) return item.map(walk)
    if (item && typeof item === 'object')
      return Object.fromEntries(Object.entries(item).map(([key, member]) => [key, walk(member)]))
    return item
  }
  return walk(value)
}

describe('createDecoder', () => {
  it('reads a body of a chosen format exactly as decodeError does, in every subset and order', () => {
    const subset = fc.shuffledSubarray([...builtInDecoders], { minLength: 1 })
    const leaf = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('auth/access-token-expired', 'user', 'codebase', 'VALIDATION_ERROR', ''),
    )
    fc.assert(
      fc.property(
        subset,
        fc.constantFrom(...samples),
        fc.array(leaf, { maxLength: 6 }),
        fc.array(fc.constantFrom(0, 400, 401, 404, 422, 429, 500, 1.5), { maxLength: 3 }),
        fc.option(fc.constantFrom(400, 401, 422, 500), { nil: undefined }),
        (formats, sample, strings, numbers, status) => {
          const body = vary(sample, strings, numbers)
          const expected = decodeError(body, { status })
          fc.pre(formats.some((format) => format.name === expected.format))
          expect(seen(createDecoder(formats)(body, { status }))).toEqual(seen(expected))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('tells the { error: {...} } look-alikes apart with only some of them chosen', () => {
    const decode = createDecoder([genericDecoder, stripeDecoder, bkendDecoder])
    expect(decode(errorBodies.bkend, { status: 401 }).format).toBe('bkend')
    expect(decode(errorBodies.stripe, { status: 402 }).format).toBe('stripe')
    // Firebase's body is none of the chosen formats: the generic reader takes it, as it would.
    expect(decode(errorBodies.firebase, { status: 400 }).format).toBe('generic')
  })

  it('reads text, empty bodies and thrown errors as decodeError does, and returns an ApiError as it is', () => {
    const decode = createDecoder([problemDetailsDecoder])
    for (const input of ['<html>Bad gateway</html>', '', new TypeError('Failed to fetch')])
      expect(seen(decode(input, { status: 502 }))).toEqual(
        seen(decodeError(input, { status: 502 })),
      )
    const error = decodeError(errorBodies.bkend, { status: 401 })
    expect(decode(error)).toBe(error)
  })

  it('says unknown for a body of a format left out, keeping the status', () => {
    const error = createDecoder([bkendDecoder])(errorBodies.problemDetails, { status: 403 })
    expect(error).toMatchObject({ format: 'unknown', status: 403, kind: 'permission' })
  })

  it("tries the app's own formats first, in the order given", () => {
    const acme: ErrorDecoder = {
      name: 'acme',
      decode: (body) =>
        (body as { success?: unknown }).success === false ? { format: 'acme' } : undefined,
    }
    expect(createDecoder([bkendDecoder, acme])(errorBodies.bkend).format).toBe('acme')
  })

  it('reads both bkend shapes with the bkend preset', () => {
    const decode = createDecoder(bkendFormats)
    expect(decode(errorBodies.bkend, { status: 401 })).toMatchObject({
      format: 'bkend',
      code: 'auth/invalid-credentials',
    })
    expect(decode(errorBodies.bkendNest).format).toBe('bkend')
    expect(decode({ message: 'Bad gateway' }, { status: 502 }).format).toBe('generic')
  })

  it('says what to pass when given no list of decoders', () => {
    expect(() => createDecoder(bkendDecoder as never)).toThrow(/array of format decoders/)
    expect(() => createDecoder([{ name: 'x' } as never])).toThrow(/decode\(body, context\)/)
  })
})
