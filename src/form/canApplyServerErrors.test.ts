import { ApiError, type ApiErrorInit } from '../core/ApiError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { canApplyServerErrors } from './canApplyServerErrors.js'

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({
    status: 400,
    code: 'http/400',
    kind: 'unknown',
    type: 'user',
    message: 'Bad request',
    userMessage: 'Check what you entered.',
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

  // Regression: a 500 whose body listed messages (JSON:API `detail`, say) went to the form, and
  // its technical text (a SQL error) was shown on the page instead of the safe userMessage.
  it('is false for an error the user cannot fix, whatever messages it carries', () => {
    const body = {
      errors: [{ status: '500', detail: 'SQLSTATE 42P01: relation "users" does not exist' }],
    }
    const serverError = decodeError(body, { status: 500 })
    expect(serverError.formErrors).toEqual(['SQLSTATE 42P01: relation "users" does not exist'])
    expect(canApplyServerErrors(serverError)).toBe(false)
    expect(
      canApplyServerErrors(error({ type: 'codebase', fields: { role: ['Unknown role.'] } })),
    ).toBe(false)
  })

  // Regression: an error whose field lists were empty counted as one for the form, so routing
  // sent it there, applyServerErrors set nothing, and the user saw no message at all.
  it('is false when every field and form message is blank, as applyServerErrors sets nothing', () => {
    expect(canApplyServerErrors(error({ fields: { email: [], name: [''] } }))).toBe(false)
    expect(canApplyServerErrors(error({ formErrors: ['  '] }))).toBe(false)
  })
})
