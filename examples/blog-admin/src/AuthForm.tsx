import { useForm } from 'react-hook-form'
import { ErrorSummary, FieldError, useFieldErrorProps, useServerErrors } from 'api-error-kit/form'
import { useApiMutation } from 'api-error-kit/query'
import { useSession } from './useSession.js'

interface Credentials {
  email: string
  password: string
}

const forms = {
  signin: { title: 'Sign in', path: '/v1/auth/email/signin', submit: 'Sign in' },
  signup: { title: 'Create an account', path: '/v1/auth/email/signup', submit: 'Sign up' },
} as const

/** Props of {@link AuthForm}. */
export interface AuthFormProps {
  /** Which form: both post email and password, the server validates them. */
  kind: keyof typeof forms
}

/**
 * Sign-in or sign-up with react-hook-form: no client-side rules, so every message on it comes
 * from the server, through `useApiMutation({ form })`, `ErrorSummary` and `FieldError`. Errors
 * that name no field (wrong password, a taken email) land on `root.server`, shown by the summary.
 */
export function AuthForm({ kind }: AuthFormProps) {
  const { title, path, submit } = forms[kind]
  const ids = (name: string) => `${kind}-${name}`
  const form = useForm<Credentials>({
    defaultValues: { email: '', password: '' },
    shouldFocusError: false,
  })
  const serverErrors = useServerErrors(form, { getFieldId: ids })
  const { signIn } = useSession()
  const mutation = useApiMutation<unknown, Credentials>({
    path,
    request: { auth: false },
    form: serverErrors,
    onSuccess: signIn,
  })
  const email = useFieldErrorProps('email', {
    control: form.control,
    id: ids('email'),
    errorId: ids('email-error'),
  })
  const password = useFieldErrorProps('password', {
    control: form.control,
    id: ids('password'),
    errorId: ids('password-error'),
  })

  return (
    <form
      noValidate
      aria-label={title}
      className="demo-form"
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
    >
      <h3>{title}</h3>
      <ErrorSummary control={form.control} getFieldId={ids} />
      <label htmlFor={email.id}>Email</label>
      <input type="email" autoComplete="email" {...form.register('email')} {...email} />
      <FieldError
        name="email"
        control={form.control}
        id={ids('email-error')}
        className="demo-field-error"
      />
      <label htmlFor={password.id}>Password</label>
      <input
        type="password"
        autoComplete={kind === 'signin' ? 'current-password' : 'new-password'}
        {...form.register('password')}
        {...password}
      />
      <FieldError
        name="password"
        control={form.control}
        id={ids('password-error')}
        className="demo-field-error"
      />
      <button type="submit" className="aek-button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Sending…' : submit}
      </button>
    </form>
  )
}
