import { act, render } from '@testing-library/react'
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form'
import { decodeError } from '../../src/core/decode/decodeError.js'
import {
  applyServerErrors,
  type ApplyServerErrorsOptions,
} from '../../src/form/applyServerErrors.js'

function FieldsForm({
  names,
  onForm,
}: {
  names: string[]
  onForm: (form: UseFormReturn<FieldValues>) => void
}) {
  const form = useForm<FieldValues>()
  onForm(form)
  return (
    <form>
      {names.map((name) => (
        <input key={name} aria-label={name} {...form.register(name)} />
      ))}
    </form>
  )
}

/**
 * Renders a form with an input for each of `names`, decodes `body` as it would arrive with
 * `status`, and applies it: what `applyServerErrors` returned, and each field's message and type.
 */
export function landServerErrors(
  names: string[],
  body: unknown,
  status: number,
  options: ApplyServerErrorsOptions = {},
) {
  let form!: UseFormReturn<FieldValues>
  render(<FieldsForm names={names} onForm={(f) => (form = f)} />)
  let result!: ReturnType<typeof applyServerErrors>
  act(() => {
    result = applyServerErrors(form, decodeError(body, { status }), {
      shouldFocus: false,
      ...options,
    })
  })
  const message = (name: string) => form.getFieldState(name).error?.message
  return { result, message, type: (name: string) => form.getFieldState(name).error?.type }
}
