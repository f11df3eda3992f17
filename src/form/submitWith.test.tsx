import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AxiosError, AxiosHeaders } from 'axios'
import { useForm } from 'react-hook-form'
import { ApiError } from '../core/ApiError.js'
import { submitWith } from './submitWith.js'
import { useServerErrors } from './useServerErrors.js'

const taken = () =>
  new ApiError({
    status: 409,
    code: 'auth/email-already-exists',
    kind: 'conflict',
    type: 'user',
    message: 'Conflict',
    userMessage: 'Is taken.',
    format: 'test',
    fields: { email: ['Is taken.'] },
  })

function deferred() {
  let reject!: (error: unknown) => void
  let resolve!: (value: unknown) => void
  const promise = new Promise((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function SignUp({ send, apply }: { send: () => Promise<unknown>; apply: boolean }) {
  const form = useForm({ defaultValues: { email: 'ann@example.com' } })
  const serverErrors = useServerErrors(form, { shouldFocus: false })
  const { isSubmitting, isSubmitSuccessful, errors } = form.formState
  return (
    <form noValidate onSubmit={submitWith(form, send, apply ? { serverErrors } : {})}>
      <input aria-label="Email" {...form.register('email')} />
      <output>{`${String(isSubmitting)} ${String(isSubmitSuccessful)}`}</output>
      <p>{errors.email?.message}</p>
      <button type="submit">Sign up</button>
    </form>
  )
}

/** Collects unhandled rejections, in Node's and the window's way, while the test runs. */
function watchUnhandled() {
  const seen: unknown[] = []
  const onNode = (reason: unknown) => seen.push(reason)
  const onWindow = (event: PromiseRejectionEvent) => seen.push(event.reason)
  process.on('unhandledRejection', onNode)
  window.addEventListener('unhandledrejection', onWindow)
  return {
    seen,
    stop: () => {
      process.off('unhandledRejection', onNode)
      window.removeEventListener('unhandledrejection', onWindow)
    },
  }
}

/** Lets pending promise callbacks and Node's unhandled-rejection check run. */
const settle = () => act(() => new Promise((resolve) => setImmediate(resolve)))

describe('submitWith', () => {
  it('keeps isSubmitting true until the answer, marks a failure, applies it, and leaks no rejection', async () => {
    const watch = watchUnhandled()
    const answer = deferred()
    render(<SignUp send={() => answer.promise} apply />)
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    expect(screen.getByRole('status')).toHaveTextContent('true false')
    await act(async () => answer.reject(taken()))
    await settle()
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('false false')
    expect(screen.getByText('Is taken.')).toBeInTheDocument()
    watch.stop()
    expect(watch.seen).toEqual([])
  })

  it('counts a submit that succeeded as successful', async () => {
    render(<SignUp send={() => Promise.resolve({ ok: true })} apply={false} />)
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('false true')
  })

  it('leaves an ApiError to the routing when no serverErrors are given, still without a leak', async () => {
    const watch = watchUnhandled()
    render(<SignUp send={() => Promise.reject(taken())} apply={false} />)
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    await settle()
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('false false')
    expect(screen.queryByText('Is taken.')).toBeNull()
    watch.stop()
    expect(watch.seen).toEqual([])
  })

  it('rethrows what is not an ApiError: a bug in the app must not go quiet', async () => {
    const bug = new TypeError('values.map is not a function')
    let submit!: () => Promise<void>
    function Direct() {
      const form = useForm()
      submit = submitWith(form, () => Promise.reject(bug))
      return null
    }
    render(<Direct />)
    await act(async () => {
      await expect(submit()).rejects.toBe(bug)
    })
  })

  // Regression: an app that sends with axios got nothing on its fields, and an unhandled
  // rejection: only the kit's own ApiError was applied.
  it("applies another client's error as the kit's: axios' 409 lands on its field, no leak", async () => {
    const watch = watchUnhandled()
    const config = { headers: new AxiosHeaders(), method: 'post', url: '/v1/auth/email/signup' }
    const conflict = new AxiosError(
      'Request failed with status code 409',
      'ERR_BAD_REQUEST',
      config,
      {},
      {
        status: 409,
        statusText: 'Conflict',
        headers: {},
        config,
        data: {
          success: false,
          error: { code: 'auth/email-already-exists', message: 'Email is taken.' },
        },
      },
    )
    render(<SignUp send={() => Promise.reject(conflict)} apply />)
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    await settle()
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('false false')
    expect(screen.getByText(/email/i, { selector: 'p' })).toBeInTheDocument()
    watch.stop()
    expect(watch.seen).toEqual([])
  })
})
