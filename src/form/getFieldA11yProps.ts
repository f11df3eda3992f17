import { fieldErrorId, fieldId } from './fieldIds.js'

/** Options of {@link getFieldA11yProps} and `useFieldErrorProps`. */
export interface FieldA11yOptions {
  /**
   * The `id` of a field's input, the same function given to `ErrorSummary`, `FieldError` and
   * `applyServerErrors`: with two forms on a page, a prefix per form keeps every id unique.
   * @default fieldId (the field's name)
   */
  getFieldId?: ((name: string) => string) | undefined
  /**
   * The input's `id`; `ErrorSummary` links to it.
   * @default getFieldId(name)
   */
  id?: string | undefined
  /**
   * The `id` of the element showing the error (`FieldError` uses the same default).
   * @default fieldErrorId(getFieldId(name)) (`${name}-error` without getFieldId)
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

/** An error as react-hook-form holds it, as far as the input's attributes care. */
export interface FieldErrorLike {
  /** The message; an empty or missing one is not rendered, so nothing describes the input. */
  message?: unknown
  /** The error's type (`required`, `server`...). */
  type?: unknown
}

/** True when `FieldError` renders this error, so its element can describe the input. */
export const hasMessage = <T extends FieldErrorLike>(error: T): error is T & { message: string } =>
  typeof error.message === 'string' && error.message !== ''

/**
 * The `id`, `aria-invalid` and `aria-describedby` of an input, given whether it is in error:
 * a boolean, or the error itself (`errors.email`). The error's id joins `aria-describedby` only
 * while there is a message to show, so it never points at an element that is not on the page
 * (a `required: true` rule has an empty message).
 *
 * @example
 * <input {...register('email')} {...getFieldA11yProps('email', errors.email)} />
 */
export function getFieldA11yProps(
  name: string,
  invalid: boolean | FieldErrorLike | null | undefined,
  options: FieldA11yOptions = {},
): FieldA11yProps {
  const getFieldId = options.getFieldId ?? fieldId
  const isInvalid = typeof invalid === 'boolean' ? invalid : invalid != null
  const described = typeof invalid === 'boolean' ? invalid : invalid != null && hasMessage(invalid)
  const describedBy = [
    options.describedBy,
    described ? (options.errorId ?? fieldErrorId(getFieldId(name))) : undefined,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    id: options.id ?? getFieldId(name),
    'aria-invalid': isInvalid ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  }
}
