'use client'

import type { ComponentPropsWithoutRef } from 'react'
import { useFormState, type Control, type FieldValues } from 'react-hook-form'
import type { ErrorPath } from './errorPath.js'
import { fieldErrorId, fieldId } from './fieldIds.js'
import { hasMessage } from './getFieldA11yProps.js'
import { errorAt } from './useFieldErrorProps.js'

/** Props of {@link FieldError}. */
export interface FieldErrorProps<TFieldValues extends FieldValues = FieldValues> extends Omit<
  ComponentPropsWithoutRef<'p'>,
  'children'
> {
  /**
   * The field's name (`email`, `items.2.price`, `items.root`, `root.server`), typed by the
   * form's values when `control` is given (or `<FieldError<Values> ...>`).
   */
  name: ErrorPath<TFieldValues>
  /**
   * The form's `control`.
   * @default the control of the surrounding `FormProvider`
   */
  control?: Control<TFieldValues> | undefined
  /**
   * The `id` of a field's input, the same function given to `useFieldErrorProps` and
   * `ErrorSummary`; the error's id is made from it, so two forms on a page do not share ids.
   * @default fieldId (the field's name)
   */
  getFieldId?: ((name: string) => string) | undefined
  /**
   * The element's id, which the input's `aria-describedby` points at.
   * @default fieldErrorId(getFieldId(name)) (`${name}-error` without getFieldId)
   */
  id?: string | undefined
}

/**
 * The message of one field's error, client or server, as text; nothing while the field is
 * valid, with the class `aek-field-error` (styled by `api-error-kit/styles.css`) before any
 * `className` given. `data-error-type` tells server errors (`server`) from client ones. Pair it with
 * `useFieldErrorProps` on the input; with two forms on a page, give both (and `ErrorSummary`,
 * `applyServerErrors`) the same `getFieldId` per form.
 *
 * @example
 * <input {...register('email')} {...useFieldErrorProps('email', { control })} />
 * <FieldError name="email" control={control} />
 */
export function FieldError<TFieldValues extends FieldValues = FieldValues>({
  name,
  control,
  getFieldId = fieldId,
  id,
  className,
  ...rest
}: FieldErrorProps<TFieldValues>) {
  const { errors } = useFormState({ control, name: name as never, exact: true })
  const error = errorAt(errors, name)
  if (!error || !hasMessage(error)) return null
  return (
    <p
      {...rest}
      className={className ? `aek-field-error ${className}` : 'aek-field-error'}
      id={id ?? fieldErrorId(getFieldId(name))}
      data-error-type={String(error.type)}
    >
      {error.message}
    </p>
  )
}
