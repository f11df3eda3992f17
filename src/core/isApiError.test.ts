import { ApiError } from './ApiError.js'
import { isApiError } from './isApiError.js'
import { isNetworkError, isRateLimitError } from './kindGuards.js'

const make = (code = 'auth/forbidden', kind: ApiError['kind'] = 'permission') =>
  new ApiError({
    status: 403,
    code,
    kind,
    type: 'codebase',
    message: 'm',
    userMessage: 'u',
    format: 'bkend',
  })

describe('isApiError', () => {
  it('recognises ApiErrors, and their code when asked', () => {
    expect(isApiError(make())).toBe(true)
    expect(isApiError(make(), 'auth/forbidden')).toBe(true)
    expect(isApiError(make(), 'auth/unauthorized')).toBe(false)
  })

  it('rejects look-alikes', () => {
    expect(isApiError(new Error('x'))).toBe(false)
    expect(isApiError({ name: 'ApiError', code: 'auth/forbidden' })).toBe(false)
    expect(isApiError(null)).toBe(false)
    expect(isApiError('ApiError')).toBe(false)
  })

  it('recognises an ApiError made by another copy of the package', async () => {
    vi.resetModules()
    const copy = (await import('./ApiError.js?copy=2' as string)) as { ApiError: typeof ApiError }
    const foreign = new copy.ApiError({
      status: 0,
      code: 'network/failed',
      kind: 'network',
      type: 'system',
      message: 'm',
      userMessage: 'u',
      format: 'fetch',
    })
    expect(foreign).not.toBeInstanceOf(ApiError)
    expect(isApiError(foreign, 'network/failed')).toBe(true)
    expect(isNetworkError(foreign)).toBe(true)
  })

  it('has a guard per kind', () => {
    expect(isRateLimitError(make('data/rate-limit-exceeded', 'rate-limit'))).toBe(true)
    expect(isRateLimitError(make())).toBe(false)
  })
})
