import { useForm, type UseFormReturn } from 'react-hook-form'
import type { ApiError } from '../../src/core/index.js'
import {
  ErrorSummary,
  FieldError,
  snakeToCamel,
  useFieldErrorProps,
  useServerErrors,
} from '../../src/form/index.js'

/** Props of {@link ServerErrorForm}. */
export interface ServerErrorFormProps {
  /** The inputs: react-hook-form names (dotted for nested values) and their labels. */
  fields: { name: string; label: string }[]
  /** What the server answers to every submit. */
  error: ApiError
  /** Map the server's snake_case names to the form's camelCase ones. @default false */
  snakeCase?: boolean
  /** Show the error summary above the form. @default true */
  summary?: boolean
}

type Values = Record<string, unknown>

function Field({
  form,
  name,
  label,
}: {
  form: UseFormReturn<Values>
  name: string
  label: string
}) {
  const a11y = useFieldErrorProps(name, { control: form.control })
  return (
    <>
      <label htmlFor={a11y.id}>{label}</label>
      <input {...form.register(name)} {...a11y} />
      <FieldError name={name} control={form.control} className="demo-field-error" />
    </>
  )
}

/** A form whose every submit meets the server's error, put on it by `useServerErrors`. */
export function ServerErrorForm({
  fields,
  error,
  snakeCase = false,
  summary = true,
}: ServerErrorFormProps) {
  const form = useForm<Values>({ shouldFocusError: false })
  const serverErrors = useServerErrors(form, snakeCase ? { mapPath: snakeToCamel } : {})
  return (
    <form
      noValidate
      aria-label="Server errors"
      className="demo-form"
      style={{ maxWidth: 420 }}
      onSubmit={form.handleSubmit(() => void serverErrors.apply(error))}
    >
      {summary && <ErrorSummary control={form.control} />}
      {fields.map((field) => (
        <Field key={field.name} form={form} {...field} />
      ))}
      {!summary && (
        <FieldError name="root.server" control={form.control} className="demo-field-error" />
      )}
      <button type="submit" className="aek-button">
        Save
      </button>
    </form>
  )
}
