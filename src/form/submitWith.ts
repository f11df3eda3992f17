import type { BaseSyntheticEvent } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import type { ApiError } from '../core/ApiError.js'
import { apiErrorOf } from '../core/decode/apiErrorOf.js'
import { isApiError } from '../core/isApiError.js'

/** Options of {@link submitWith}. */
export interface SubmitWithOptions {
  /**
   * Where an `ApiError` goes once the submit has failed: `useServerErrors(form)` puts its
   * field and form messages on the form. Leave it out when `useApiMutation({ form })` or the
   * query client's routing already shows the error.
   * @default undefined (the error is left to whatever routes it)
   */
  serverErrors?: { apply(error: ApiError): unknown } | undefined
}

/**
 * The submit handler for a form that sends with a promise (`mutation.mutateAsync`): it waits
 * for the answer, so `isSubmitting` stays true until the server has answered and
 * `isSubmitSuccessful` is false when it failed, and it swallows the `ApiError` that
 * react-hook-form's `handleSubmit` would rethrow as an unhandled rejection (the error is
 * shown by `serverErrors` or the mutation's routing). Another client's error (an `AxiosError`)
 * is decoded and treated the same; anything else is a bug in the app and is rethrown.
 *
 * @example
 * const signUp = useApiMutation<Session, SignUp>({ path: '/v1/auth/email/signup', form: serverErrors })
 * <form onSubmit={submitWith(form, signUp.mutateAsync)} noValidate>
 */
export function submitWith<TFieldValues extends FieldValues, TTransformed = TFieldValues>(
  form: Pick<UseFormReturn<TFieldValues, unknown, TTransformed>, 'handleSubmit'>,
  send: (values: TTransformed) => Promise<unknown>,
  options: SubmitWithOptions = {},
): (event?: BaseSyntheticEvent) => Promise<void> {
  const submit = form.handleSubmit(async (values) => {
    try {
      await send(values)
    } catch (thrown) {
      // The kit's ApiError, or another client's error (axios') decoded as one.
      const error = apiErrorOf(thrown)
      if (error) options.serverErrors?.apply(error)
      // Rethrown so react-hook-form counts the submit as failed; caught again below.
      throw error ?? thrown
    }
  })
  return (event) =>
    submit(event).catch((error: unknown) => {
      if (!isApiError(error)) throw error
    })
}
