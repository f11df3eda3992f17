'use client'

import type { FieldValues } from 'react-hook-form'
import type { ErrorPath } from './errorPath.js'
import { widenForm, type ServerErrorsForm } from './serverErrorsForm.js'
import { clearServerErrors as clearTracked } from './serverErrorTracker.js'

/**
 * Removes the server errors `applyServerErrors` set on a form: all of them with `root.server`,
 * or those at `name` and below. Client errors stay (`form.clearErrors()` would remove them too).
 *
 * @example
 * <button type="button" onClick={() => clearServerErrors(form)}>Dismiss</button>
 */
export function clearServerErrors<TFieldValues extends FieldValues>(
  form: ServerErrorsForm<TFieldValues>,
  name?: ErrorPath<TFieldValues>,
): void {
  clearTracked(widenForm(form), name)
}
