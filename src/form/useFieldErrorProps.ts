'use client'

import { useFormState, type Control, type FieldValues } from 'react-hook-form'
import type { ErrorPath } from './errorPath.js'
import {
  getFieldA11yProps,
  type FieldA11yOptions,
  type FieldA11yProps,
} from './getFieldA11yProps.js'

/** Options of {@link useFieldErrorProps}. */
export interface UseFieldErrorPropsOptions<
  TFieldValues extends FieldValues = FieldValues,
> extends FieldA11yOptions {
  /**
   * The form's `control`.
   * @default the control of the surrounding `FormProvider`
   */
  control?: Control<TFieldValues> | undefined
}

/**
 * The `id`, `aria-invalid` and `aria-describedby` an input needs while its field is in error
 * (client or server), matching `FieldError`'s id and `ErrorSummary`'s links. Re-renders only
 * when this field's error changes. `name` is typed by the form's values when `control` is
 * given: a misspelt name does not compile.
 *
 * @example
 * const emailProps = useFieldErrorProps('email', { control: form.control })
 * <label htmlFor={emailProps.id}>Email</label>
 * <input {...form.register('email')} {...emailProps} />
 * <FieldError name="email" control={form.control} />
 */
export function useFieldErrorProps<TFieldValues extends FieldValues = FieldValues>(
  name: ErrorPath<TFieldValues>,
  options: UseFieldErrorPropsOptions<TFieldValues> = {},
): FieldA11yProps {
  const { control, ...ids } = options
  const { errors } = useFormState({ control, name: name as never, exact: true })
  return getFieldA11yProps(name, errorAt(errors, name), ids)
}

/** The error at a dotted path of react-hook-form's `errors`, with a message or not. */
export function errorAt(
  errors: unknown,
  name: string,
): { message?: unknown; type?: unknown } | undefined {
  let node: unknown = errors
  for (const key of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'object' &&
    node !== null &&
    typeof (node as { type?: unknown }).type === 'string'
    ? (node as { message?: unknown; type?: unknown })
    : undefined
}
