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
  /**
   * Prefix of every id in the form (`${idPrefix}-email`), for two forms on one page; also
   * names the form.
   * @default undefined (ids are the field names)
   */
  idPrefix?: string | undefined
  /** The summary's heading, which names its region: unique per summary on a page. @default 'There is a problem' */
  summaryTitle?: string | undefined
}

type Values = Record<string, unknown>

function Field({
  form,
  name,
  label,
  getFieldId,
}: {
  form: UseFormReturn<Values>
  name: string
  label: string
  getFieldId: ((name: string) => string) | undefined
}) {
  const a11y = useFieldErrorProps(name, { control: form.control, getFieldId })
  return (
    <>
      <label htmlFor={a11y.id}>{label}</label>
      <input {...form.register(name)} {...a11y} />
      <FieldError
        name={name}
        control={form.control}
        getFieldId={getFieldId}
        className="demo-field-error"
      />
    </>
  )
}

/** A form whose every submit meets the server's error, put on it by `useServerErrors`. */
export function ServerErrorForm({
  fields,
  error,
  snakeCase = false,
  summary = true,
  idPrefix,
  summaryTitle,
}: ServerErrorFormProps) {
  const form = useForm<Values>({ shouldFocusError: false })
  const getFieldId = idPrefix === undefined ? undefined : (name: string) => `${idPrefix}-${name}`
  const serverErrors = useServerErrors(form, {
    getFieldId,
    ...(snakeCase ? { mapPath: snakeToCamel } : {}),
  })
  return (
    <form
      noValidate
      aria-label={idPrefix === undefined ? 'Server errors' : `Server errors (${idPrefix})`}
      className="demo-form"
      style={{ maxWidth: 420 }}
      onSubmit={form.handleSubmit(() => void serverErrors.apply(error))}
    >
      {summary && (
        <ErrorSummary
          control={form.control}
          getFieldId={getFieldId}
          {...(summaryTitle === undefined ? {} : { title: summaryTitle })}
        />
      )}
      {fields.map((field) => (
        <Field key={field.name} form={form} getFieldId={getFieldId} {...field} />
      ))}
      {!summary && (
        <FieldError
          name="root.server"
          control={form.control}
          getFieldId={getFieldId}
          className="demo-field-error"
        />
      )}
      <button type="submit" className="aek-button">
        Save
      </button>
    </form>
  )
}
