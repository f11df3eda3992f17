import { validationError } from '../../test/support/validationError.js'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { applyServerErrors } from './applyServerErrors.js'
import { ErrorSummary } from './ErrorSummary.js'
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

interface Newsletter {
  email: string
}

function NewsletterForm({
  prefix,
  onForm,
}: {
  prefix: string
  onForm: (form: UseFormReturn<Newsletter>) => void
}) {
  const form = useForm<Newsletter>({ defaultValues: { email: '' }, shouldFocusError: false })
  onForm(form)
  const getFieldId = (name: string) => `${prefix}-${name}`
  const email = useFieldErrorProps('email', { control: form.control, getFieldId })
  return (
    <form aria-label={prefix}>
      <ErrorSummary control={form.control} getFieldId={getFieldId} />
      <label htmlFor={email.id}>Email</label>
      <input {...form.register('email')} {...email} />
      <FieldError name="email" control={form.control} getFieldId={getFieldId} />
    </form>
  )
}

describe('two forms on one page', () => {
  // Regression: FieldError's id was always `${name}-error`, so two forms with an `email` field
  // had two `email-error` elements and the second input was described by the first form's error.
  it('give each field and error its own ids from the getFieldId the app passes', () => {
    const forms: UseFormReturn<Newsletter>[] = []
    render(
      <>
        <NewsletterForm prefix="top" onForm={(form) => (forms[0] = form)} />
        <NewsletterForm prefix="bottom" onForm={(form) => (forms[1] = form)} />
      </>,
    )
    act(() => {
      applyServerErrors(forms[0]!, validationError({ email: ['Top is taken.'] }), {
        shouldFocus: false,
      })
      applyServerErrors(forms[1]!, validationError({ email: ['Bottom is taken.'] }), {
        shouldFocus: false,
      })
    })
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [prefix, message] of [
      ['top', 'Top is taken.'],
      ['bottom', 'Bottom is taken.'],
    ] as const) {
      const form = screen.getByRole('form', { name: prefix })
      const input = within(form).getByLabelText('Email')
      expect(input).toHaveAttribute('id', `${prefix}-email`)
      expect(input).toHaveAttribute('aria-describedby', `${prefix}-email-error`)
      expect(input).toHaveAccessibleDescription(message)
      const link = within(within(form).getByRole('region')).getByRole('link', {
        name: `Email: ${message}`,
      })
      expect(link).toHaveAttribute('href', `#${prefix}-email`)
    }
  })
})
