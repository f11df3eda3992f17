import { zodResolver } from '@hookform/resolvers/zod'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { applyServerErrors } from './applyServerErrors.js'
import { validationError } from '../../test/support/validationError.js'

const schema = z.object({
  email: z.string().email('Enter a valid email.'),
  name: z.string().min(2, 'Name is too short.'),
})
type SignUp = z.infer<typeof schema>

const emailTaken = () => validationError({ email: ['Email is taken.'] })

let form!: UseFormReturn<SignUp>
/** A sign-up form that reads isValid, as one with `disabled={!isValid}` on its button does. */
function SignUpForm() {
  form = useForm<SignUp>({
    resolver: zodResolver(schema),
    defaultValues: { email: 'ann@example.com', name: 'Ann' },
  })
  const onSubmit = form.handleSubmit(() => {
    applyServerErrors(form, emailTaken(), { shouldFocus: false })
  })
  return (
    <form onSubmit={onSubmit}>
      <input aria-label="Email" {...form.register('email')} />
      <p data-testid="email-error">{form.formState.errors.email?.message}</p>
      <input aria-label="Name" {...form.register('name')} />
      <output>{form.formState.isValid ? 'valid' : 'invalid'}</output>
      <button type="submit">Send</button>
    </form>
  )
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)))

async function submitAndGetServerError() {
  const user = userEvent.setup()
  render(<SignUpForm />)
  await user.click(screen.getByRole('button', { name: 'Send' }))
  await settle()
  expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.')
  return user
}

// Regression: the isValid check that follows a submit ran while the tracker watched, so it
// took every later removal for a validation run's doing and put the server error back.
describe('removing server errors the react-hook-form way, with a resolver and isValid read', () => {
  it('form.clearErrors(name) removes the server error for good', async () => {
    const user = await submitAndGetServerError()
    act(() => form.clearErrors('email'))
    await settle()
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
    await user.type(screen.getByLabelText('Name'), 'e')
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
  })

  it('form.clearErrors() removes the server error for good', async () => {
    await submitAndGetServerError()
    act(() => form.clearErrors())
    await settle()
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
    expect(form.getFieldState('email').error).toBeUndefined()
  })

  it('form.reset() removes the server error and leaves isValid true', async () => {
    await submitAndGetServerError()
    act(() => form.reset())
    await settle()
    expect(form.getFieldState('email').error).toBeUndefined()
    expect(screen.getByRole('status')).toHaveTextContent(/^valid$/)
  })

  it('form.reset(values, { keepErrors: true }) keeps the server error', async () => {
    await submitAndGetServerError()
    act(() => form.reset({ email: 'ann@example.com', name: 'Annie' }, { keepErrors: true }))
    await settle()
    expect(form.getFieldState('email').error?.type).toBe('server')
  })

  it('still keeps the server error through a trigger() that passes the unchanged field', async () => {
    await submitAndGetServerError()
    await act(async () => {
      await form.trigger('email')
    })
    await settle()
    expect(form.getFieldState('email').error?.message).toBe('Email is taken.')
  })
})
