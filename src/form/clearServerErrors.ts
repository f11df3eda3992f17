import type { FieldValues } from 'react-hook-form'
import { widenForm, type ServerErrorsForm } from './serverErrorsForm.js'
import { clearServerErrors as clearTracked } from './serverErrorTracker.js'

/**
 * Removes the server errors `applyServerErrors` set on a form: all of them with `root.server`,
 * or those at `name` and below. Client errors stay. Use it rather than `form.clearErrors` for
 * server errors: react-hook-form's validation clears errors the same way, so a server error
 * removed by `clearErrors` while its field is being validated comes back.
 *
 * @example
 * <button type="button" onClick={() => clearServerErrors(form)}>Dismiss</button>
 */
export function clearServerErrors<TFieldValues extends FieldValues>(
  form: ServerErrorsForm<TFieldValues>,
  name?: string,
): void {
  clearTracked(widenForm(form), name)
}
