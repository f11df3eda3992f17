import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm, type Mode, type UseFormReturn } from 'react-hook-form'
import { useServerErrors } from './useServerErrors.js'
import { validationError } from '../../test/support/validationError.js'

const emailTaken = () => validationError({ email: ['Email is taken.'] }, ['Nothing was saved.'])

interface Profile {
  email: string
  name: string
}

let form!: UseFormReturn<Profile>
/** Register rules (no resolver), isValid read; the name is checked by an async rule. */
function ProfileForm({ mode }: { mode: Mode }) {
  form = useForm<Profile>({ mode, defaultValues: { email: 'ann@example.com', name: 'Ann' } })
  const serverErrors = useServerErrors(form, { shouldFocus: false })
  const onSubmit = form.handleSubmit(() => {
    serverErrors.apply(emailTaken())
  })
  // An async function: react-hook-form reports its runs (validatingFields) only for those.
  const nameIsFree = async (name: string) => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    return name !== '' || 'Enter a name.'
  }
  return (
    <form onSubmit={onSubmit}>
      <input aria-label="Email" {...form.register('email', { required: 'Enter an email.' })} />
      <p data-testid="email-error">{form.formState.errors.email?.message}</p>
      <input aria-label="Name" {...form.register('name', { validate: nameIsFree })} />
      <output>{form.formState.isValid ? 'valid' : 'invalid'}</output>
      <button type="submit">Send</button>
    </form>
  )
}

/**
 * Lets the name's rule (20 ms) run, then waits until no validation run is left, however slow the
 * machine: a check made while a run is still going would pass whatever that run does next.
 */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 60)))
  await waitFor(() =>
    expect(
      form.getFieldState('email').isValidating || form.getFieldState('name').isValidating,
    ).toBe(false),
  )
}

// Regression: in mode 'all' with isValid read, react-hook-form checks the whole form after a
// blur before it writes the field's result; the tracker took the run for over by then and let
// the blur of an untouched field remove the server's verdict.
describe.each(['onSubmit', 'onChange', 'onBlur', 'onTouched', 'all'] as Mode[])(
  'useServerErrors with register rules, mode %s',
  (mode) => {
    it('keeps the server error through focus, blur and other fields’ changes, and drops it when the field changes', async () => {
      const user = userEvent.setup()
      render(<ProfileForm mode={mode} />)
      await user.click(screen.getByRole('button', { name: 'Send' }))
      await settle()
      await waitFor(() =>
        expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
      )
      await user.click(screen.getByLabelText('Email'))
      await user.click(screen.getByLabelText('Name'))
      await settle()
      await waitFor(() =>
        expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
      )
      await user.type(screen.getByLabelText('Name'), 'e')
      await settle()
      await user.click(screen.getByLabelText('Email'))
      await user.click(screen.getByLabelText('Name'))
      await settle()
      await waitFor(() =>
        expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
      )
      expect(form.formState.errors.root?.server?.message).toBe('Nothing was saved.')
      await user.type(screen.getByLabelText('Email'), 'x')
      await settle()
      await waitFor(() => expect(screen.getByTestId('email-error')).toBeEmptyDOMElement())
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^valid$/))
    })
  },
)

// Regression: react-hook-form reports no run for a rule that returns a promise without being
// an async function, so the form looked idle while the isValid check after a blur waited on
// it; the tracker took the blur's run for over and let it remove the server's verdict.
it('keeps the server error when the isValid check after a blur waits on a promise-returning rule', async () => {
  const user = userEvent.setup()
  let promised!: UseFormReturn<Profile>
  function PromisedForm() {
    promised = useForm<Profile>({
      mode: 'all',
      defaultValues: { email: 'a@example.com', name: 'A' },
    })
    const serverErrors = useServerErrors(promised, { shouldFocus: false })
    const later = (name: string) =>
      new Promise<boolean>((resolve) => setTimeout(() => resolve(name !== ''), 20))
    return (
      <form onSubmit={promised.handleSubmit(() => void serverErrors.apply(emailTaken()))}>
        <input aria-label="Email" {...promised.register('email', { required: true })} />
        <input aria-label="Name" {...promised.register('name', { validate: later })} />
        <output>{promised.formState.isValid ? 'valid' : 'invalid'}</output>
        <button type="submit">Send</button>
      </form>
    )
  }
  render(<PromisedForm />)
  await user.click(screen.getByRole('button', { name: 'Send' }))
  await settle()
  expect(promised.getFieldState('email').error?.message).toBe('Email is taken.')
  await user.click(screen.getByLabelText('Email'))
  await user.click(screen.getByLabelText('Name'))
  await settle()
  expect(promised.getFieldState('email').error?.message).toBe('Email is taken.')
})
