// The whole path of a validation error, from the wire to the field: mock backend -> client ->
// decodeError -> query cache -> error hub (field channel) -> useServerErrors -> FieldError.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { FieldError, useFieldErrorProps, useServerErrors } from '../src/form/index.js'
import { useApiMutation } from '../src/query/index.js'
import { backend, createApp, serveMockApi } from './support/mockApi.js'

serveMockApi()

interface SignUp {
  email: string
  password: string
}

function SignUpForm() {
  const form = useForm<SignUp>({ defaultValues: { email: '', password: '' } })
  const serverErrors = useServerErrors(form)
  const signUp = useApiMutation<unknown, SignUp>({
    path: '/v1/auth/email/signup',
    form: serverErrors,
    request: { auth: false },
  })
  const emailProps = useFieldErrorProps('email', { control: form.control })
  return (
    <form
      onSubmit={form.handleSubmit((values) => signUp.mutateAsync(values).catch(() => {}))}
      noValidate
    >
      <label htmlFor={emailProps.id}>Email</label>
      <input {...form.register('email')} {...emailProps} />
      <FieldError name="email" control={form.control} />
      <label htmlFor="password">Password</label>
      <input id="password" type="password" {...form.register('password')} />
      <FieldError name="password" control={form.control} />
      <FieldError name="root.server" control={form.control} />
      <button type="submit">Sign up</button>
      {signUp.isSuccess && <p>Welcome</p>}
    </form>
  )
}

describe('a sign-up form on the mock backend', () => {
  it('puts Backstack field errors on their fields and clears one when its field changes', async () => {
    backend.control.setMode('backstack')
    const toast = vi.fn()
    const { Wrapper } = createApp({ channels: { toast } })
    render(<SignUpForm />, { wrapper: Wrapper })
    await userEvent.type(screen.getByLabelText('Email'), 'not-an-email')
    await userEvent.type(screen.getByLabelText('Password'), 'short')
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    const email = screen.getByLabelText('Email')
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
    expect(email).toHaveAccessibleDescription(/email/i)
    await waitFor(() => expect(email).toHaveFocus())
    expect(toast).not.toHaveBeenCalled()
    await userEvent.type(email, 'x')
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid', 'true'))
  })

  // bkend writes its auth messages for users: the field shows the server's sentence, not ours.
  it("puts bkend's auth/email-already-exists on the email field it names, in the server's words", async () => {
    const { Wrapper } = createApp()
    render(<SignUpForm />, { wrapper: Wrapper })
    await userEvent.type(screen.getByLabelText('Email'), 'demo@example.com')
    await userEvent.type(screen.getByLabelText('Password'), 'password123')
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    expect(
      await screen.findByText('This email is already registered. Sign in instead.'),
    ).toBeInTheDocument()
    const email = screen.getByLabelText('Email')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('This email is already registered. Sign in instead.')
    await userEvent.clear(screen.getByLabelText('Email'))
    await userEvent.type(screen.getByLabelText('Email'), 'new@example.com')
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    expect(await screen.findByText('Welcome')).toBeInTheDocument()
    expect(
      screen.queryByText('This email is already registered. Sign in instead.'),
    ).not.toBeInTheDocument()
  })
})
