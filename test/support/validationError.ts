import { ApiError } from '../../src/core/ApiError.js'

/**
 * A 422 as the form tests' server answers it: the messages of each field (`fields`) and, where
 * given, of the whole form (`formErrors`).
 */
export function validationError(fields: Record<string, string[]>, formErrors?: string[]): ApiError {
  return new ApiError({
    status: 422,
    code: 'http/422',
    kind: 'validation',
    type: 'user',
    message: 'Unprocessable',
    userMessage: 'Check the form.',
    format: 'test',
    fields,
    formErrors,
  })
}
