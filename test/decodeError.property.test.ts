import fc from 'fast-check'
import { ApiError } from '../src/core/ApiError.js'
import { errorKinds } from '../src/core/errorKinds.js'
import { decodeError } from '../src/core/decode/decodeError.js'
import { decodeResponse } from '../src/core/decode/decodeResponse.js'

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto).join(),
  )

// Arbitrary JSON, and arbitrary values placed where the known envelopes put theirs, so every
// decoder's detection and reading paths are walked with garbage.
const keys = fc.constantFrom(
  'error',
  'errors',
  'message',
  'code',
  'status',
  'statusCode',
  'detail',
  'title',
  'type',
  'fields',
  'payload',
  'success',
  'dev_message',
  'request_method',
  'invalid-params',
  'invalid_params',
  'loc',
  'msg',
  'extensions',
  'path',
  'source',
  'pointer',
  'non_field_errors',
  'hint',
  'details',
  'param',
  'retry_after',
  '__proto__',
  'constructor',
  'prototype',
)
const shaped = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.dictionary(keys, tie('node'), { maxKeys: 6 }),
    fc.array(tie('node'), { maxLength: 4 }),
  ),
})).node
const input = fc.oneof(
  fc.jsonValue(),
  shaped,
  fc.string(),
  fc.json(),
  shaped.map((value) => JSON.stringify(value) ?? ''),
)
const status = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 700 }),
  fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 503),
)

const UNSAFE_PATH = /(?:^|\.)(?:__proto__|constructor|prototype)(?:\.|$)/
const isText = (value: unknown) => typeof value === 'string'

/** Plain checks, not `expect`, so 100,000 runs stay fast; fast-check reports the failing input. */
function isValid(error: ApiError): boolean {
  return (
    error instanceof ApiError &&
    Number.isInteger(error.status) &&
    error.status >= 0 &&
    error.status <= 599 &&
    /^[^/]+\/.+$/.test(error.code) &&
    errorKinds.includes(error.kind) &&
    ['user', 'codebase', 'system'].includes(error.type) &&
    isText(error.userMessage) &&
    error.userMessage.length > 0 &&
    isText(error.message) &&
    (error.retryAfterMs === undefined ||
      (Number.isFinite(error.retryAfterMs) && error.retryAfterMs >= 0)) &&
    Object.entries(error.fields).every(
      ([path, messages]) => !UNSAFE_PATH.test(path) && messages.every(isText),
    ) &&
    error.formErrors.every(isText)
  )
}

describe('decodeError on arbitrary input', () => {
  const before = prototypeKeys()
  afterAll(() => {
    expect(prototypeKeys()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('returns a valid ApiError for 100,000 arbitrary JSON values and strings, and changes no prototype', () => {
    fc.assert(
      fc.property(input, status, (value, code) => {
        if (!isValid(decodeError(value, { status: code }))) return false
        return Math.random() > 0.01 || prototypeKeys().join() === before.join()
      }),
      { numRuns: 100_000 },
    )
  }, 120_000)

  it('decodeResponse returns a valid ApiError for 100,000 arbitrary bodies and statuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        input,
        fc.integer({ min: 400, max: 599 }),
        fc.constantFrom(
          'application/json',
          'application/problem+json',
          'text/html',
          'text/plain',
          '',
        ),
        async (value, code, type) => {
          const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
          const error = await decodeResponse(
            new Response(text, { status: code, headers: type ? { 'content-type': type } : {} }),
          )
          return isValid(error) && error.status === code
        },
      ),
      { numRuns: 100_000 },
    )
  }, 120_000)
})
