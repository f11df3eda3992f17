import { ApiError } from '../ApiError.js'
import { decodeError } from '../decode/decodeError.js'
import { matchError } from './matchError.js'

const bkend = (code: string) => decodeError({ success: false, error: { code, message: 'm' } })

describe('matchError', () => {
  it("runs the case of the error's code with the error", () => {
    const error = bkend('auth/invalid-email')
    const seen: unknown[] = []
    const result = matchError(error, {
      'auth/invalid-email': (e) => seen.push(e),
      'auth/invalid-credentials': () => -1,
      _: () => -2,
    })
    expect(seen).toEqual([error])
    expect(result).toBe(1)
    expect(
      matchError(bkend('auth/invalid-credentials'), {
        'auth/invalid-credentials': () => 1,
        _: () => 2,
      }),
    ).toBe(1)
  })

  it('runs `_` for a code without a case, a network failure included', () => {
    const cases = { 'auth/invalid-credentials': () => 'wrong', _: (e: ApiError) => e.code }
    expect(matchError(bkend('data/not-found'), cases)).toBe('data/not-found')
    expect(matchError(decodeError(new TypeError('Failed to fetch')), cases)).toBe('network/failed')
  })

  it('gives undefined for an undeclared code when there is no `_`', () => {
    expect(matchError(bkend('billing/new-code'), { 'auth/invalid-credentials': () => 1 })).toBe(
      undefined,
    )
  })

  it('never takes a case from the prototype chain', () => {
    const error = new ApiError({
      status: 400,
      code: 'toString',
      kind: 'validation',
      type: 'user',
      message: 'm',
      userMessage: 'u',
      format: 'test',
    })
    expect(matchError(error, { _: () => 'fallback' })).toBe('fallback')
  })
})
