import { fieldErrorId, fieldId } from './fieldIds.js'

/** Options of {@link getFieldA11yProps} and `useFieldErrorProps`. */
export interface FieldA11yOptions {
  /**
   * The input's `id`; `ErrorSummary` links to it.
   * @default fieldId(name) (the field's name)
   */
  id?: string | undefined
  /**
   * The `id` of the element showing the error (`FieldError` uses the same default).
   * @default fieldErrorId(name) (`${name}-error`)
   */
  errorId?: string | undefined
  /**
   * Other ids that describe the input (a hint), kept ahead of the error's.
   * @default undefined
   */
  describedBy?: string | undefined
}

/** The accessibility attributes of an input. */
export interface FieldA11yProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/**
 * The `id`, `aria-invalid` and `aria-describedby` of an input, given whether it is in error:
 * the error's id joins `aria-describedby` only while the error is shown.
 *
 * @example
 * <input {...register('email')} {...getFieldA11yProps('email', Boolean(errors.email))} />
 */
export function getFieldA11yProps(
  name: string,
  invalid: boolean,
  options: FieldA11yOptions = {},
): FieldA11yProps {
  const describedBy = [
    options.describedBy,
    invalid ? (options.errorId ?? fieldErrorId(name)) : undefined,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    id: options.id ?? fieldId(name),
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  }
}
