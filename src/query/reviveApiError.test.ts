import { ApiError } from '../core/ApiError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { isApiError } from '../core/isApiError.js'
import { reviveApiError } from './reviveApiError.js'

const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('reviveApiError', () => {
  it('makes the JSON of an ApiError the same ApiError again, fields, wait and request id included', () => {
    const sent = new ApiError({
      status: 422,
      code: 'validation/invalid-input',
      kind: 'validation',
      type: 'user',
      message: 'email is invalid',
      userMessage: 'Check the highlighted fields.',
      fields: { 'users.0.email': ['Invalid email'] },
      formErrors: ['Try again'],
      retryAfterMs: 2_000,
      requestMethod: 'POST',
      url: 'https://api.test/v1/users',
      requestId: 'req-42',
      format: 'bkend',
    })
    const revived = reviveApiError(throughJson(sent))
    expect(isApiError(revived)).toBe(true)
    expect(revived.toJSON()).toEqual(sent.toJSON())
    expect(revived.hasFieldErrors).toBe(true)
  })

  it('returns an ApiError as it is', () => {
    const error = decodeError(new TypeError('Failed to fetch'))
    expect(reviveApiError(error)).toBe(error)
  })

  it('decodes anything that is not the JSON of an ApiError like any thrown value', () => {
    expect(reviveApiError({ name: 'ApiError', code: 'x/y' })).toMatchObject({ kind: 'unknown' })
    expect(reviveApiError(new Error('redacted'))).toMatchObject({ message: 'redacted' })
    expect(
      reviveApiError({ ...(throughJson(decodeError(null)) as object), kind: 'odd' }).kind,
    ).not.toBe('odd')
  })
})
