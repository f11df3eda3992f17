import { ApiError, type ApiErrorInit } from '../core/ApiError.js'
import { canApplyServerErrors } from './canApplyServerErrors.js'

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({
    status: 500,
    code: 'http/500',
    kind: 'server',
    type: 'system',
    message: 'Internal',
    userMessage: 'Something went wrong.',
    format: 'test',
    ...init,
  })

describe('canApplyServerErrors', () => {
  it('is true for field or form messages, and for a form error that names none', () => {
    expect(canApplyServerErrors(error({ fields: { email: ['Is taken.'] } }))).toBe(true)
    expect(canApplyServerErrors(error({ formErrors: ['Try again later.'] }))).toBe(true)
    expect(canApplyServerErrors(error({ kind: 'validation', status: 422 }))).toBe(true)
    expect(canApplyServerErrors(error({}))).toBe(false)
    expect(canApplyServerErrors(new Error('boom'))).toBe(false)
  })

  // Regression: an error whose field lists were empty counted as one for the form, so routing
  // sent it there, applyServerErrors set nothing, and the user saw no message at all.
  it('is false when every field and form message is blank, as applyServerErrors sets nothing', () => {
    expect(canApplyServerErrors(error({ fields: { email: [], name: [''] } }))).toBe(false)
    expect(canApplyServerErrors(error({ formErrors: ['  '] }))).toBe(false)
  })
})
