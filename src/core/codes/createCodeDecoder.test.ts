import { decodeError } from '../decode/decodeError.js'
import { registerDecoder } from '../decode/decoderRegistry.js'
import { createCodeDecoder } from './createCodeDecoder.js'

const decoder = createCodeDecoder({
  name: 'payments',
  paths: [['error', 'code'], ['type'], ['errors', 0, 'code']],
  codes: {
    invalid_client: 'payments/invalid-client',
    'https://example.com/probs/out-of-credit': 'payments/out-of-credit',
    LIMIT: 'payments/limit',
  },
})

describe('createCodeDecoder', () => {
  let unregister: () => void
  beforeEach(() => {
    unregister = registerDecoder(decoder)
  })
  afterEach(() => unregister())

  it('gives a body its declared code, and its message where the built-in decoders see none', () => {
    const error = decodeError(
      { error: { code: 'invalid_client', description: 'Unknown client key' } },
      { status: 401 },
    )
    expect(error).toMatchObject({
      code: 'payments/invalid-client',
      message: 'Unknown client key',
      kind: 'auth',
      format: 'payments',
    })
  })

  it('keeps what a built-in decoder reads (fields, status), only the code changes', () => {
    const error = decodeError(
      {
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        status: 403,
        errors: [{ detail: 'Too low', pointer: '#/amount' }],
      },
      { headers: { 'content-type': 'application/problem+json' } },
    )
    expect(error).toMatchObject({
      code: 'payments/out-of-credit',
      status: 403,
      format: 'problem-details',
      fields: { amount: ['Too low'] },
    })
    expect(
      decodeError({ errors: [{ code: 'LIMIT', message: 'Slow down' }] }, { status: 429 }).code,
    ).toBe('payments/limit')
  })

  it('leaves bodies with other codes, or none, to the other decoders', () => {
    expect(decodeError({ error: { code: 'other', description: 'x' } }, { status: 400 }).code).toBe(
      'http/400',
    )
    expect(
      decodeError({ success: false, error: { code: 'auth/forbidden', message: 'm' } }).code,
    ).toBe('auth/forbidden')
    expect(decoder.decode({ error: { code: 'toString' } }, {})).toBeUndefined()
    expect(decoder.decode('invalid_client', {})).toBeUndefined()
  })
})
