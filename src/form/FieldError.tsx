import type { ComponentPropsWithoutRef } from 'react'
import { useFormState, type Control, type FieldValues } from 'react-hook-form'
import { fieldErrorId } from './fieldIds.js'
import { hasMessage } from './getFieldA11yProps.js'
import { errorAt } from './useFieldErrorProps.js'

/** Props of {@link FieldError}. */
export interface FieldErrorProps<TFieldValues extends FieldValues = FieldValues> extends Omit<
  ComponentPropsWithoutRef<'p'>,
  'children'
> {
  /** The field's name (`email`, `items.2.price`, `items.root`, `root.server`). */
  name: string
  /**
   * The form's `control`.
   * @default the control of the surrounding `FormProvider`
   */
  control?: Control<TFieldValues> | undefined
  /**
   * The element's id, which the input's `aria-describedby` points at.
   * @default fieldErrorId(name) (`${name}-error`)
   */
  id?: string | undefined
}

/**
 * The message of one field's error, client or server, as text; nothing while the field is
 * valid. `data-error-type` tells server errors (`server`) from client ones. Pair it with
 * `useFieldErrorProps` on the input.
 *
 * @example
 * <input {...register('email')} {...useFieldErrorProps('email', { control })} />
 * <FieldError name="email" control={control} />
 */
export function FieldError<TFieldValues extends FieldValues = FieldValues>({
  name,
  control,
  id,
  ...rest
}: FieldErrorProps<TFieldValues>) {
  const { errors } = useFormState({ control, name: name as never, exact: true })
  const error = errorAt(errors, name)
  if (!error || !hasMessage(error)) return null
  return (
    <p {...rest} id={id ?? fieldErrorId(name)} data-error-type={String(error.type)}>
      {error.message}
    </p>
  )
}
