'use client'

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react'
import { useFormContext, useFormState, type Control, type FieldValues } from 'react-hook-form'
import { own } from '../core/utils/own.js'
import type { ErrorPath } from './errorPath.js'
import { fieldId } from './fieldIds.js'
import { findErrorTarget } from './findErrorTarget.js'
import { flattenErrors } from './flattenErrors.js'
import { focusErrorTarget } from './focusErrorTarget.js'
import { inPageOrder, isFormLevel, targetOf } from './inPageOrder.js'
import { labelOf, withLabel } from './labelOf.js'
import { focusSummary, registerSummary } from './summaryRegistry.js'

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps<TFieldValues extends FieldValues = FieldValues> {
  /**
   * The form's `control`.
   * @default the control of the surrounding `FormProvider`
   */
  control?: Control<TFieldValues> | undefined
  /**
   * The heading, which names the summary's region: give each summary on a page its own.
   * @default 'There is a problem'
   */
  title?: ReactNode
  /** Text under the heading, before the list. */
  children?: ReactNode
  /**
   * The `id` of a field's input, the target of its link.
   * @default fieldId (the field's name)
   */
  getFieldId?: ((name: string) => string) | undefined
  /**
   * The name each link gives its field (`{ email: 'Email address', tags: 'Tags' }`), so a
   * link reads "Email address: This value is required." A field left out is named by its
   * `<label>` (a group's or field array's `<legend>`); `false` leaves the names out.
   * @default the fields' labels on the page
   */
  labels?: Partial<Record<ErrorPath<TFieldValues>, string>> | false | undefined
  /**
   * A class for the container, after `aek-error-summary`.
   * @default undefined
   */
  className?: string | undefined
}

/**
 * The GOV.UK error summary: a heading and a link to each field in error (client and server
 * errors), with form-level messages (`root.server`) as plain text, in page order. It takes
 * focus after a failed submit and when `applyServerErrors` puts server errors on the form;
 * each link moves focus to its field, and reads "Label: message" (see `labels`). It has the
 * class `aek-error-summary`, styled by `api-error-kit/styles.css`. Renders nothing while the form has no errors. Set
 * `shouldFocusError: false` in `useForm` so react-hook-form does not move focus as well.
 *
 * The summary is a named region, not a live one: taking focus is what announces it, once. An
 * `alert` on top would have screen readers read it twice, and again at each keystroke that
 * changes the list while the user fixes a field.
 *
 * @example
 * <form onSubmit={form.handleSubmit(save)} noValidate>
 *   <ErrorSummary control={form.control} />
 *   <label htmlFor="email">Email</label>
 *   <input {...form.register('email')} {...useFieldErrorProps('email', { control: form.control })} />
 *   <FieldError name="email" control={form.control} />
 * </form>
 */
export function ErrorSummary<TFieldValues extends FieldValues = FieldValues>({
  control,
  title = 'There is a problem',
  children,
  getFieldId = fieldId,
  labels,
  className,
}: ErrorSummaryProps<TFieldValues>) {
  const context = useFormContext<TFieldValues>() as ReturnType<
    typeof useFormContext<TFieldValues>
  > | null
  const formControl = control ?? context?.control
  const { errors, submitCount } = useFormState({ control: formControl })
  const headingId = useId()
  const container = useRef<HTMLDivElement>(null)
  const seenSubmits = useRef(submitCount)
  const items = inPageOrder(flattenErrors(errors), getFieldId, formControl)
  const hasErrors = items.length > 0

  useEffect(() => {
    if (!formControl) return
    return registerSummary(formControl, () => {
      const element = container.current
      element?.focus()
      return element !== null && document.activeElement === element
    })
  }, [formControl])

  useEffect(() => {
    if (submitCount <= seenSubmits.current) return
    seenSubmits.current = submitCount
    if (!hasErrors) return
    // react-hook-form focuses the first invalid field right after submit and once more in a
    // timer; a timer of our own runs after that one, so the summary keeps focus. No cleanup:
    // a re-render before the timer fires (the errors settling) must not cancel it. The form's
    // first summary takes it, as for server errors: a second one (at the foot of a long form)
    // must not move focus again, which would announce the errors twice.
    setTimeout(() => {
      if (!formControl || !focusSummary(formControl)) container.current?.focus()
    }, 0)
  }, [submitCount, hasErrors, formControl])

  if (!hasErrors) return null
  return (
    <div
      ref={container}
      className={className ? `aek-error-summary ${className}` : 'aek-error-summary'}
      role="region"
      tabIndex={-1}
      aria-labelledby={headingId}
      data-error-summary=""
      data-count={items.length}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
      <ul>
        {items.map((item) => {
          const name = targetOf(item.name)
          const label =
            labels === false
              ? undefined
              : (own(labels as Readonly<Record<string, string>> | undefined, name) ??
                labelOf(item.target, item.name !== name))
          return (
            <li key={item.name} data-error-type={String(item.error.type)}>
              {isFormLevel(item.name) ? (
                item.message
              ) : (
                <a
                  href={`#${item.target?.id || getFieldId(name)}`}
                  onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                    event.preventDefault()
                    const found = findErrorTarget(name, getFieldId, formControl)
                    focusErrorTarget(getFieldId(name), name, formControl, found)
                  }}
                >
                  {withLabel(label, item.message)}
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
