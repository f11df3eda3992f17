import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FormProvider, useForm, useFormContext, type UseFormReturn } from 'react-hook-form'
import { ApiError } from '../core/ApiError.js'
import { widenForm } from './serverErrorsForm.js'
import { useServerErrors, type UseServerErrorsResult } from './useServerErrors.js'

const validation = (fields: Record<string, string[]>, formErrors?: string[]) =>
  new ApiError({
    status: 422,
    code: 'http/422',
    kind: 'validation',
    type: 'user',
    message: 'Unprocessable',
    userMessage: 'Check the form and try again.',
    format: 'test',
    fields,
    formErrors,
  })

interface SignUp {
  email: string
  name: string
}

interface Harness {
  form: UseFormReturn<SignUp>
  serverErrors: UseServerErrorsResult
}

function SignUpForm({ harness, onValid }: { harness: Harness; onValid: (values: SignUp) => void }) {
  const form = useForm<SignUp>({ defaultValues: { email: 'ann@example.com', name: 'Ann' } })
  const serverErrors = useServerErrors(form, { shouldFocus: false })
  harness.form = form
  harness.serverErrors = serverErrors
  const { errors } = form.formState
  return (
    <form onSubmit={form.handleSubmit(onValid)}>
      <input aria-label="Email" {...form.register('email', { required: 'Enter an email.' })} />
      <p data-testid="email-error">{errors.email?.message}</p>
      <input aria-label="Name" {...form.register('name')} />
      <p data-testid="name-error">{errors.name?.message}</p>
      <button type="submit">Send</button>
    </form>
  )
}

function renderSignUp(onValid: (values: SignUp) => void = () => {}) {
  const harness = {} as Harness
  render(<SignUpForm harness={harness} onValid={onValid} />)
  return harness
}

describe('useServerErrors: when a server error leaves', () => {
  it('keeps the returned functions stable across renders', () => {
    const harness = renderSignUp()
    const first = harness.serverErrors
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'] }))
    })
    expect(harness.serverErrors.apply).toBe(first.apply)
    expect(harness.serverErrors.clear).toBe(first.clear)
  })

  // Regression: apply and clear depended on the form object, and useFormContext() gives a new
  // one whenever the form's host re-renders, so an effect with `apply` in its deps ran again
  // (re-applying errors the user had just fixed).
  it('keeps the returned functions stable with a form from useFormContext', async () => {
    const user = userEvent.setup()
    const applies = new Set<unknown>()
    const clears = new Set<unknown>()
    function Inner() {
      const serverErrors = useServerErrors(useFormContext())
      applies.add(serverErrors.apply)
      clears.add(serverErrors.clear)
      return null
    }
    function Host() {
      const form = useForm<{ email: string }>({ defaultValues: { email: '' } })
      const email = form.watch('email')
      return (
        <FormProvider {...form}>
          <input aria-label="Email" {...form.register('email')} />
          <output>{email}</output>
          <Inner />
        </FormProvider>
      )
    }
    render(<Host />)
    await user.type(screen.getByLabelText('Email'), 'ab')
    expect(screen.getByRole('status')).toHaveTextContent('ab')
    expect(applies.size).toBe(1)
    expect(clears.size).toBe(1)
  })

  it('clears a field’s server error when that field’s value changes', async () => {
    const user = userEvent.setup()
    const harness = renderSignUp()
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'], name: ['Too short.'] }))
    })
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is taken.')
    await user.type(screen.getByLabelText('Email'), 'x')
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
    expect(harness.form.getFieldState('email').error).toBeUndefined()
    expect(screen.getByTestId('name-error')).toHaveTextContent('Too short.')
  })

  it('keeps it when the field is only focused and blurred', async () => {
    const user = userEvent.setup()
    const harness = renderSignUp()
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'] }))
    })
    await user.click(screen.getByLabelText('Email'))
    await user.tab()
    await user.tab()
    expect(document.activeElement).not.toBe(screen.getByLabelText('Email'))
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is taken.')
    expect(harness.form.getFieldState('email').error?.type).toBe('server')
  })

  it('keeps it when another field changes', async () => {
    const user = userEvent.setup()
    const harness = renderSignUp()
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'] }))
    })
    await user.type(screen.getByLabelText('Name'), ' Lee')
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is taken.')
  })

  it('clears it when the app sets the field’s value', () => {
    const harness = renderSignUp()
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'], name: ['Too short.'] }))
    })
    act(() => {
      harness.form.setValue('email', 'bob@example.com')
    })
    expect(harness.form.getFieldState('email').error).toBeUndefined()
    expect(harness.form.getFieldState('name').error?.message).toBe('Too short.')
  })

  it('never blocks the next submit, even when the user touched nothing', async () => {
    const user = userEvent.setup()
    const onValid = vi.fn()
    const harness = renderSignUp(onValid)
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'], nickname: ['Unknown.'] }))
    })
    expect(widenForm(harness.form).getFieldState('root.server').error).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(onValid).toHaveBeenCalledTimes(1)
    expect(onValid.mock.calls[0]![0]).toEqual({ email: 'ann@example.com', name: 'Ann' })
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
    expect(widenForm(harness.form).getFieldState('root.server').error).toBeUndefined()
  })

  // Regression: setError forces formState.isValid to false and clearErrors leaves it there, so
  // a submit button with disabled={!isValid} stayed disabled after a form-level answer ("try
  // again later"), even after clear(): the user could not send again without editing a field.
  it('leaves formState.isValid to the client rules, so disabled={!isValid} never blocks a retry', async () => {
    const user = userEvent.setup()
    const onValid = vi.fn()
    let form!: UseFormReturn<SignUp>
    let serverErrors!: UseServerErrorsResult
    function RetryForm() {
      form = useForm<SignUp>({
        mode: 'onChange',
        defaultValues: { email: 'ann@example.com', name: 'Ann' },
      })
      serverErrors = useServerErrors(form, { shouldFocus: false })
      return (
        <form onSubmit={form.handleSubmit(onValid)}>
          <input aria-label="Email" {...form.register('email', { required: 'Enter an email.' })} />
          <button type="submit" disabled={!form.formState.isValid}>
            Send
          </button>
        </form>
      )
    }
    render(<RetryForm />)
    const send = screen.getByRole('button', { name: 'Send' })
    await waitFor(() => expect(send).toBeEnabled())
    await act(async () => {
      serverErrors.apply(validation({}, ['Try again later.']))
    })
    expect(widenForm(form).getFieldState('root.server').error?.message).toBe('Try again later.')
    await waitFor(() => expect(send).toBeEnabled())
    await act(async () => {
      serverErrors.apply(validation({ email: ['Is taken.'] }))
    })
    await act(async () => {
      serverErrors.clear()
    })
    await waitFor(() => expect(send).toBeEnabled())
    await act(async () => {
      serverErrors.apply(validation({ email: ['Is taken.'] }))
    })
    await waitFor(() => expect(send).toBeEnabled())
    await user.click(send)
    expect(onValid).toHaveBeenCalledTimes(1)
    await user.clear(screen.getByLabelText('Email'))
    await waitFor(() => expect(send).toBeDisabled())
  })

  it('still lets client validation block a submit after the server errors are gone', async () => {
    const user = userEvent.setup()
    const onValid = vi.fn()
    const harness = renderSignUp(onValid)
    act(() => {
      harness.serverErrors.apply(validation({ name: ['Too short.'] }))
    })
    await user.clear(screen.getByLabelText('Email'))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(onValid).not.toHaveBeenCalled()
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter an email.')
    expect(screen.getByTestId('name-error')).toBeEmptyDOMElement()
  })

  it('lets the app remove a server error with form.clearErrors or reset', () => {
    const harness = renderSignUp()
    act(() => {
      harness.serverErrors.apply(validation({ email: ['Is taken.'], name: ['Too short.'] }))
    })
    act(() => {
      harness.form.clearErrors('email')
    })
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
    act(() => {
      harness.form.reset()
    })
    expect(screen.getByTestId('name-error')).toBeEmptyDOMElement()
    expect(harness.form.getFieldState('email').error).toBeUndefined()
  })

  it('clear() removes server errors and leaves client errors', async () => {
    const user = userEvent.setup()
    const harness = renderSignUp()
    await user.clear(screen.getByLabelText('Email'))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter an email.')
    act(() => {
      harness.serverErrors.apply(validation({ name: ['Too short.'] }))
    })
    act(() => {
      harness.serverErrors.clear()
    })
    expect(screen.getByTestId('name-error')).toBeEmptyDOMElement()
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter an email.')
  })
})
