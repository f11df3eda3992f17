import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { FieldError } from './FieldError.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'

interface Login {
  email: string
  password: string
}

function LoginForm() {
  const form = useForm<Login>({ defaultValues: { email: '', password: '' } })
  const email = useFieldErrorProps('email', { control: form.control, describedBy: 'email-hint' })
  const password = useFieldErrorProps('password', { control: form.control })
  return (
    <form noValidate onSubmit={form.handleSubmit(() => {})}>
      <label htmlFor={email.id}>Email</label>
      <p id="email-hint">Your work address.</p>
      <input {...form.register('email', { required: true })} {...email} />
      <FieldError name="email" control={form.control} />
      <label htmlFor={password.id}>Password</label>
      <input {...form.register('password', { required: 'Enter a password.' })} {...password} />
      <FieldError name="password" control={form.control} />
      <button type="submit">Sign in</button>
    </form>
  )
}

describe('FieldError and useFieldErrorProps', () => {
  // Regression: a rule without a message (`required: true`) made the input invalid and pointed
  // aria-describedby at `email-error`, an element FieldError does not render for an empty message.
  it('point aria-describedby only at an error element that is on the page', async () => {
    const user = userEvent.setup()
    render(<LoginForm />)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const email = screen.getByLabelText('Email')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(document.getElementById('email-error')).toBeNull()
    expect(email).toHaveAttribute('aria-describedby', 'email-hint')
    const password = screen.getByLabelText('Password')
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveAttribute('aria-describedby', 'password-error')
    expect(password).toHaveAccessibleDescription('Enter a password.')
  })
})
