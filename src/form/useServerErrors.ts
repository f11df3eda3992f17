'use client'

import { useCallback, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import type { FieldValues } from 'react-hook-form'
import type { ErrorPath } from './errorPath.js'
import {
  applyServerErrors,
  type ApplyServerErrorsOptions,
  type ApplyServerErrorsResult,
} from './applyServerErrors.js'
import { ApiErrorContext } from '../react/ApiErrorContext.js'
import { widenForm, type ServerErrorsForm } from './serverErrorsForm.js'
import { clearServerErrors } from './serverErrorTracker.js'

/** What {@link useServerErrors} returns. */
export interface UseServerErrorsResult<TFieldValues extends FieldValues = FieldValues> {
  /** Puts an error's field and form messages on the form; see `applyServerErrors`. Stable while the form's `control` is the same. */
  apply: (error: unknown) => ApplyServerErrorsResult
  /** Removes server errors (all, or those at `name` and below) and leaves client errors alone. Stable while the form's `control` is the same. */
  // A method, so a typed result still fits `UseServerErrorsResult` of any form.
  clear(name?: ErrorPath<TFieldValues>): void
}

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect

/**
 * Binds `applyServerErrors` to a form, with the options of the latest render: `apply(error)` after a failed
 * request, `clear()` to drop the server's verdict. A field's server error leaves when its
 * value changes (not on blur, not when another field changes); all leave when the next submit
 * starts, so they never block it. A form-level message is in the language of the
 * `ApiErrorProvider`'s `messages` unless the options give others. `useApiMutation({ form })`
 * uses this hook.
 *
 * @example
 * const form = useForm<SignUp>()
 * const serverErrors = useServerErrors(form, { mapPath: snakeToCamel })
 * const onSubmit = form.handleSubmit(async (values) => {
 *   try { await api.post('/v1/users', values) } catch (error) { serverErrors.apply(error) }
 * })
 */
export function useServerErrors<TFieldValues extends FieldValues>(
  form: ServerErrorsForm<TFieldValues>,
  options: ApplyServerErrorsOptions<TFieldValues> = {},
): UseServerErrorsResult<TFieldValues> {
  // The provider's language for a form-level message, unless the options name one.
  const messages = useContext(ApiErrorContext)?.messages
  const withMessages = { messages, ...options }
  const optionsRef = useRef(withMessages)
  // useFormContext() gives a new object whenever the form's host re-renders; the functions
  // follow the form's control, which is the form's identity.
  const formRef = useRef(form)
  useIsomorphicLayoutEffect(() => {
    optionsRef.current = withMessages
    formRef.current = form
  })
  const { control } = form
  const apply = useCallback(
    (error: unknown) => applyServerErrors(formRef.current, error, optionsRef.current),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new control is a new form
    [control],
  )
  const clear = useCallback(
    (name?: string) => clearServerErrors(widenForm(formRef.current), name),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new control is a new form
    [control],
  )
  return useMemo(() => ({ apply, clear }), [apply, clear])
}
