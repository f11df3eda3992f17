import { zodResolver } from '@hookform/resolvers/zod'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm, type Mode, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { ApiError } from '../core/ApiError.js'
import { applyServerErrors } from './applyServerErrors.js'
import { validationError } from '../../test/support/validationError.js'

const schema = z.object({
  email: z.string().email('Enter a valid email.'),
  name: z.string().min(2, 'Name is too short.'),
})
type SignUp = z.infer<typeof schema>

const emailTaken = () => validationError({ email: ['Email is taken.'] })

function SignUpForm({
  mode,
  onForm,
  onValid,
}: {
  mode?: Mode
  onForm: (form: UseFormReturn<SignUp>) => void
  onValid: (form: UseFormReturn<SignUp>) => void
}) {
  const form = useForm<SignUp>({
    resolver: zodResolver(schema),
    defaultValues: { email: 'ann@example.com', name: 'Ann' },
    ...(mode ? { mode, reValidateMode: mode === 'onBlur' ? 'onBlur' : 'onChange' } : {}),
  })
  onForm(form)
  const { errors } = form.formState
  return (
    <form onSubmit={form.handleSubmit(() => onValid(form))}>
      <input aria-label="Email" {...form.register('email')} />
      <p data-testid="email-error">{errors.email?.message}</p>
      <input aria-label="Name" {...form.register('name')} />
      <p data-testid="name-error">{errors.name?.message}</p>
      <button type="submit">Send</button>
    </form>
  )
}

/** Submits once; the "server" answers that the email is taken. */
async function submitAndGetServerError(mode?: Mode) {
  const user = userEvent.setup()
  let form!: UseFormReturn<SignUp>
  const onValid = vi.fn((f: UseFormReturn<SignUp>) => {
    if (onValid.mock.calls.length === 1) applyServerErrors(f, emailTaken(), { shouldFocus: false })
  })
  render(<SignUpForm mode={mode} onForm={(f) => (form = f)} onValid={onValid} />)
  await user.click(screen.getByRole('button', { name: 'Send' }))
  await waitFor(() =>
    expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
  )
  return { user, form: () => form, onValid }
}

describe('applyServerErrors with a zod resolver', () => {
  it('shows a client error on one field and the server error on another together', async () => {
    const { user } = await submitAndGetServerError()
    await user.clear(screen.getByLabelText('Name'))
    await user.type(screen.getByLabelText('Name'), 'A')
    await waitFor(() =>
      expect(screen.getByTestId('name-error')).toHaveTextContent('Name is too short.'),
    )
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )
  })

  it('keeps the server error of an unchanged field through a whole-form trigger()', async () => {
    const { user, form } = await submitAndGetServerError()
    await user.clear(screen.getByLabelText('Name'))
    await act(async () => {
      await form().trigger()
    })
    await waitFor(() =>
      expect(screen.getByTestId('name-error')).toHaveTextContent('Name is too short.'),
    )
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )
    expect(form().getFieldState('email').error?.type).toBe('server')
  })

  it('keeps the server error when validation on blur passes the unchanged field (mode and reValidateMode onBlur)', async () => {
    const { user } = await submitAndGetServerError('onBlur')
    await user.click(screen.getByLabelText('Email'))
    await user.click(screen.getByLabelText('Name'))
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )
  })

  it('lets client validation take over once the user changes the field', async () => {
    const { user, form } = await submitAndGetServerError()
    await user.type(screen.getByLabelText('Email'), '@')
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Enter a valid email.'),
    )
    expect(form().getFieldState('email').error?.type).not.toBe('server')
    await user.clear(screen.getByLabelText('Email'))
    await user.type(screen.getByLabelText('Email'), 'bob@example.com')
    await waitFor(() => expect(screen.getByTestId('email-error')).toBeEmptyDOMElement())
  })

  it('lets the next submit through with the server error still on an untouched field', async () => {
    const { user, onValid } = await submitAndGetServerError()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(onValid).toHaveBeenCalledTimes(2)
    await waitFor(() => expect(screen.getByTestId('email-error')).toBeEmptyDOMElement())
  })

  // Regression: a whole-form resolver run replaces every error; the fields' server errors came
  // back after it, the form-level message did not.
  it('keeps root.server through a whole-form trigger(), and lets form.clearErrors remove it', async () => {
    const { form } = await submitAndGetServerError()
    const tryLater = new ApiError({
      status: 422,
      code: 'http/422',
      kind: 'validation',
      type: 'user',
      message: 'Unprocessable',
      userMessage: 'Check the form.',
      format: 'test',
      fields: { email: ['Email is taken.'] },
      formErrors: ['Try again in a minute.'],
    })
    act(() => {
      applyServerErrors(form(), tryLater, { shouldFocus: false })
    })
    await act(async () => {
      await form().trigger()
    })
    expect(form().formState.errors.root?.server?.message).toBe('Try again in a minute.')
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )
    act(() => form().clearErrors('root.server'))
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(form().formState.errors.root?.server).toBeUndefined()
  })

  // Regression: resetField removes the error, then (with isValid read) validates the whole form;
  // the tracker took the removal for that run's doing and put the server error back.
  // Known on react-hook-form 7.55 (the dom-rhf755 run): its updates all carry the last field's
  // name, so resetField's removal during the isValid refresh reads as that run's verdict and the
  // error is put back. `it.fails` there, so the run turns red once this is fixed.
  const knownOn755 = process.env.EXPECTED_RHF_VERSION === '7.55.0' ? it.fails : it
  knownOn755('lets resetField remove the server error while the app reads isValid', async () => {
    let form!: UseFormReturn<SignUp>
    function ValidityForm() {
      form = useForm<SignUp>({
        resolver: zodResolver(schema),
        mode: 'onChange',
        defaultValues: { email: 'ann@example.com', name: 'Ann' },
      })
      return (
        <form>
          <input aria-label="Email" {...form.register('email')} />
          <output>{form.formState.isValid ? 'valid' : 'invalid'}</output>
        </form>
      )
    }
    render(<ValidityForm />)
    act(() => {
      applyServerErrors(form, emailTaken(), { shouldFocus: false })
    })
    act(() => {
      form.resetField('email')
    })
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(form.getFieldState('email').error).toBeUndefined()
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^valid$/))
  })
})
