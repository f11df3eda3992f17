'use client'

import { ErrorSummary, FieldError, useActionErrors, useFieldErrorProps } from 'api-error-kit/form'
import { startTransition, useActionState, useRef } from 'react'
import { useForm } from 'react-hook-form'
import type { AppText } from '@/lib/locales'
import type { SignInState } from './actions'

interface SignInValues {
  email: string
  password: string
}

/** A form posted to a server action; the action's field errors land on the fields. */
export function SignInForm({
  action,
  text,
}: {
  action: (state: SignInState, data: FormData) => Promise<SignInState>
  text: AppText
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const form = useForm<SignInValues>({ shouldFocusError: false })
  useActionErrors(form, state.error)
  const email = useFieldErrorProps('email', { control: form.control })
  const password = useFieldErrorProps('password', { control: form.control })
  const ref = useRef<HTMLFormElement>(null)
  // With JavaScript, submit through react-hook-form (its submit clears the last server errors,
  // and React does not reset the inputs); without it, the browser posts to the action.
  const onSubmit = form.handleSubmit(() => {
    startTransition(() => formAction(new FormData(ref.current!)))
  })
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary control={form.control} title={text.problem} />
      <label htmlFor={email.id}>{text.email}</label>
      <input type="email" {...form.register('email')} {...email} />
      <FieldError name="email" control={form.control} />
      <label htmlFor={password.id}>{text.password}</label>
      <input type="password" {...form.register('password')} {...password} />
      <FieldError name="password" control={form.control} />
      <button type="submit" disabled={pending}>
        {text.signIn}
      </button>
    </form>
  )
}
