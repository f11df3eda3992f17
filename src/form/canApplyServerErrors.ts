import type { ApiError } from '../core/ApiError.js'
import { isApiError } from '../core/isApiError.js'
import { isFormError } from '../core/isFormError.js'
import { usableMessages } from './serverMessages.js'

/**
 * True when `applyServerErrors` would put something on a form: an `ApiError` with field or
 * form messages, or a validation, conflict or credential error (its user message goes to `root.server`), of
 * an error the user can fix (`type: 'user'`): other errors' text stays off the page. Routing uses
 * it to send an error to the form rather than to a toast.
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
