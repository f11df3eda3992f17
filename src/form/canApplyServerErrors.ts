import type { ApiError } from '../core/ApiError.js'
import { isApiError } from '../core/isApiError.js'
import { isFormError } from '../core/isFormError.js'
import { usableMessages } from './serverMessages.js'

/**
 * True when `applyServerErrors` puts something on a form, the one rule both follow: an
 * `ApiError` the user can fix (`type: 'user'`) with field or form messages, or a validation,
 * conflict or credential error (its user message goes to `root.server`). An error only the app
 * or the server can fix (a 500, a 403) may carry technical text: it stays off the page, where
 * its userMessage belongs. Routing uses it to send an error to the form rather than to a toast.
 *
 * @example
 * if (form && canApplyServerErrors(error)) applyServerErrors(form, error)
 * else toast(error)
 */
export function canApplyServerErrors(error: unknown): error is ApiError {
  return (
    isApiError(error) &&
    error.type === 'user' &&
    (Object.values(error.fields).some((messages) => usableMessages(messages).length > 0) ||
      usableMessages(error.formErrors).length > 0 ||
      (isFormError(error) && error.userMessage !== ''))
  )
}
