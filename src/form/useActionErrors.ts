'use client'

import { useContext, useEffect, useMemo, useRef } from 'react'
import type { FieldValues } from 'react-hook-form'
import type { ApiError } from '../core/ApiError.js'
import { fromActionError } from '../core/actions/fromActionError.js'
import type { ActionError } from '../core/actions/toActionError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { ApiErrorContext } from '../react/ApiErrorContext.js'
import type { ApplyServerErrorsOptions } from './applyServerErrors.js'
import type { ServerErrorsForm } from './serverErrorsForm.js'
import { useServerErrors } from './useServerErrors.js'

/** Options of {@link useActionErrors}: `applyServerErrors`' options, and where the rest goes. */
export interface UseActionErrorsOptions<
  TFieldValues extends FieldValues = FieldValues,
> extends ApplyServerErrorsOptions<TFieldValues> {
  /**
   * Send an error with nothing for the form (a 500, a 403, a rate limit, a session that ended)
   * to the nearest `ApiErrorProvider`'s hub as a failed mutation's: a toast, a banner, the
   * countdown or the sign-in flow, as the hub routes it. Without a provider nothing is sent.
   * @default true
   */
  route?: boolean | undefined
}

const NOTHING_YET = Symbol('nothing yet')

/**
 * Puts a server action's error on a react-hook-form form, as `applyServerErrors` does after a
 * client submit: field messages on their fields, the rest on `root.server`, focus on the form's
 * `ErrorSummary` or its first field in error. Each new error (each state `useActionState`
 * returns) is applied once; a state without one clears the server errors. Returns the error
 * as an `ApiError`, to show it elsewhere if you like.
 *
 * @example
 * const [state, formAction] = useActionState(signUp, {})
 * const form = useForm<SignUp>({ shouldFocusError: false })
 * useActionErrors(form, state.error, { mapPath: snakeToCamel })
 * <form action={formAction} noValidate><ErrorSummary control={form.control} />...</form>
 */
export function useActionErrors<TFieldValues extends FieldValues>(
  form: ServerErrorsForm<TFieldValues>,
  error: ActionError | ApiError | null | undefined,
  options: UseActionErrorsOptions<TFieldValues> = {},
): ApiError | undefined {
  const serverErrors = useServerErrors(form, options)
  const hub = useContext(ApiErrorContext)?.hub
  const decoded = useMemo(
    () => (error == null ? undefined : (fromActionError(error) ?? decodeError(error))),
    [error],
  )
  const route = options.route ?? true
  // Applied once per state, not again when StrictMode runs the effect twice.
  const seen = useRef<unknown>(NOTHING_YET)
  useEffect(() => {
    if (seen.current === error) return
    const first = seen.current === NOTHING_YET
    seen.current = error
    if (!decoded) {
      if (!first) serverErrors.clear()
      return
    }
    if (!serverErrors.apply(decoded).handled && route) hub?.route(decoded, { source: 'mutation' })
  }, [error, decoded, serverErrors, hub, route])
  return decoded
}
