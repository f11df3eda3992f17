import type { ApiError } from '../core/ApiError.js'

/** Where a mutation puts its field errors: what `useServerErrors(form)` from `api-error-kit/form` returns. */
export interface ServerErrorTarget {
  /** Puts the error's field messages on the form's fields. */
  apply(error: ApiError): unknown
}

/** The `meta` key under which `useApiMutation` carries its form target to the mutation cache. */
export const FORM_META_KEY = 'apiErrorKitForm'
