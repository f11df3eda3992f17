import { ApiError, type ApiErrorInit } from '../../core/ApiError.js'

/** An ApiError for UI tests, with safe defaults for the fields a test does not care about. */
export function makeApiError(init: Partial<ApiErrorInit> = {}): ApiError {
  return new ApiError({
    status: 500,
    code: 'http/500',
    kind: 'server',
    type: 'system',
    message: 'Internal Server Error (technical)',
    userMessage: 'Something went wrong. Please try again.',
    devMessage: 'NullPointerException at PostsController.list',
    format: 'problem-details',
    ...init,
  })
}
