import type { FieldValues, UseFormReturn } from 'react-hook-form'

/**
 * The part of react-hook-form's `useForm()` result this layer uses. Pass the whole
 * `useForm()` return value (or `useFormContext()`); any form's values type fits.
 */
export type ServerErrorsForm<TFieldValues extends FieldValues = FieldValues> = Pick<
  UseFormReturn<TFieldValues>,
  'control' | 'setError' | 'clearErrors' | 'getValues' | 'getFieldState' | 'setFocus' | 'subscribe'
>

/** Any form, with its paths widened to strings: the layer works on server paths it cannot type. */
export type AnyServerErrorsForm = ServerErrorsForm<FieldValues>

/** Widens a typed form to {@link AnyServerErrorsForm}; the paths it receives are checked at run time. */
export function widenForm<TFieldValues extends FieldValues>(
  form: ServerErrorsForm<TFieldValues>,
): AnyServerErrorsForm {
  return form as unknown as AnyServerErrorsForm
}
