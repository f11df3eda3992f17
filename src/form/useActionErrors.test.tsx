import { act, fireEvent, render, screen } from '@testing-library/react'
import { StrictMode, useActionState } from 'react'
import { useForm } from 'react-hook-form'
import { toActionError, type ActionError } from '../core/actions/toActionError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { ApiErrorProvider } from '../react/ApiErrorProvider.js'
import { createErrorHub } from '../react/routing/createErrorHub.js'
import { ErrorSummary } from './ErrorSummary.js'
import { snakeToCamel } from './snakeToCamel.js'
import { useActionErrors } from './useActionErrors.js'

// A server action's state, as useActionState hands it to the page after a submit.
interface SignUpState {
  error?: ActionError
}
type Answer = () => unknown

// Laravel's 422, as the action's API call met it.
const validation = () =>
  toActionError(
    decodeError(
      { message: 'Invalid.', errors: { user_name: ['Is taken.'], email: ['Is not valid.'] } },
      { status: 422 },
    ),
  )
const serverFailure = () => toActionError(decodeError('<html>Bad gateway</html>', { status: 502 }))

function SignUp({ answers, summary = false }: { answers: Answer[]; summary?: boolean }) {
  const [state, formAction] = useActionState(async (): Promise<SignUpState> => {
    const answer = answers.shift()?.()
    return answer ? { error: answer as ActionError } : {}
  }, {})
  const form = useForm<{ email: string; userName: string }>({ shouldFocusError: false })
  useActionErrors(form, state.error, { mapPath: snakeToCamel })
  const { errors } = form.formState
  return (
    <form action={formAction} noValidate>
      {summary && <ErrorSummary control={form.control} />}
      <input aria-label="Email" id="email" {...form.register('email')} />
      <p data-testid="email-error">{errors.email?.message}</p>
      <input aria-label="User name" id="userName" {...form.register('userName')} />
      <p data-testid="name-error">{errors.userName?.message}</p>
      <button type="submit">Sign up</button>
    </form>
  )
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
  })
  // applyServerErrors moves focus a frame after the errors render.
  await act(() => vi.advanceTimersByTimeAsync(50))
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe.runIf(typeof useActionState === 'function')('useActionErrors', () => {
  it("puts an action's field errors on the fields and focuses the first one in page order", async () => {
    render(<SignUp answers={[validation]} />)
    await submit()
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is not valid.')
    expect(screen.getByTestId('name-error')).toHaveTextContent('Is taken.')
    expect(document.activeElement).toBe(screen.getByLabelText('Email'))
  })

  it("lets the form's ErrorSummary take focus, as after a client submit", async () => {
    render(<SignUp answers={[validation]} summary />)
    await submit()
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'There is a problem' }))
    expect(screen.getByRole('link', { name: 'Email: Is not valid.' })).toHaveAttribute(
      'href',
      '#email',
    )
  })

  it('clears the server errors when the next state has none, and applies a repeated error again', async () => {
    render(<SignUp answers={[validation, () => undefined, validation]} />)
    await submit()
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is not valid.')
    await submit()
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
    await submit()
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is not valid.')
  })

  it('sends an error with nothing for the form to the hub once, as a failed mutation (StrictMode too)', async () => {
    const toast = vi.fn()
    const hub = createErrorHub({ channels: { toast } })
    render(
      <StrictMode>
        <ApiErrorProvider hub={hub}>
          <SignUp answers={[serverFailure]} />
        </ApiErrorProvider>
      </StrictMode>,
    )
    await submit()
    expect(toast).toHaveBeenCalledTimes(1)
    expect(toast.mock.calls[0]![0]).toMatchObject({
      source: 'mutation',
      error: { kind: 'server', status: 502 },
    })
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
  })
})

describe('useActionErrors with any state (React 18 has no useActionState)', () => {
  function Form({ error }: { error: ActionError | undefined }) {
    const form = useForm<{ email: string }>()
    useActionErrors(form, error, { shouldFocus: false })
    return (
      <form>
        <input aria-label="Email" {...form.register('email')} />
        <p data-testid="email-error">{form.formState.errors.email?.message}</p>
      </form>
    )
  }

  it('applies the error of the state it is given, and only a new one again', () => {
    const error = validation()
    const { rerender } = render(<Form error={error} />)
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is not valid.')
    rerender(<Form error={error} />)
    expect(screen.getByTestId('email-error')).toHaveTextContent('Is not valid.')
    rerender(<Form error={undefined} />)
    expect(screen.getByTestId('email-error')).toBeEmptyDOMElement()
  })

  it("puts a form-level message in the provider's language", () => {
    // decoded on a server in English; shown on a French page
    const wrong = toActionError(
      decodeError({ success: false, error: { code: 'auth/invalid-credentials' } }, { status: 401 }),
    )
    function Root({ error }: { error: ActionError }) {
      const form = useForm()
      useActionErrors(form, error, { shouldFocus: false })
      return <p data-testid="root">{form.formState.errors.root?.server?.message}</p>
    }
    const messages = { codes: { 'auth/invalid-credentials': 'E-mail ou mot de passe incorrect.' } }
    render(
      <ApiErrorProvider messages={messages}>
        <Root error={wrong} />
      </ApiErrorProvider>,
    )
    expect(wrong.userMessage).toBe('The email or password is incorrect.')
    expect(screen.getByTestId('root')).toHaveTextContent('E-mail ou mot de passe incorrect.')
  })

  it('routes the error a page was rendered with once, though StrictMode runs effects twice', () => {
    // A form submitted before the page's JavaScript ran comes back rendered with its state.
    const toast = vi.fn()
    render(
      <StrictMode>
        <ApiErrorProvider hub={createErrorHub({ channels: { toast } })}>
          <Form error={serverFailure()} />
        </ApiErrorProvider>
      </StrictMode>,
    )
    expect(toast).toHaveBeenCalledTimes(1)
  })
})
