import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { useServerErrors } from './useServerErrors.js'
import { validationError } from '../../test/support/validationError.js'

const emailTaken = () => validationError({ email: ['Email is taken.'] })

interface Profile {
  email: string
  name: string
}

/**
 * The name's async rule, held by the test: while `hold` is on, each run waits until the test
 * releases it, so the order in which runs end is the test's, not the machine's.
 */
function heldRule() {
  const waiting: (() => void)[] = []
  let hold = false
  return {
    rule: async (name: string) => {
      if (hold) await new Promise<void>((resolve) => waiting.push(resolve))
      return name !== '' || 'Enter a name.'
    },
    hold: () => {
      hold = true
    },
    /** Lets the oldest waiting run go on, then lets its follow-up work (microtasks, a task) run. */
    releaseOne: async () => {
      waiting.shift()?.()
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    },
    /** Lets the newest waiting run go on, then lets its follow-up work run. */
    releaseNewest: async () => {
      waiting.pop()?.()
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    },
    releaseAll: async () => {
      hold = false
      while (waiting.length > 0) {
        waiting.shift()!()
        await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
      }
    },
    get waiting() {
      return waiting.length
    },
  }
}

let form!: UseFormReturn<Profile>
function ProfileForm({ rule }: { rule: (name: string) => Promise<true | string> }) {
  form = useForm<Profile>({ mode: 'all', defaultValues: { email: 'ann@example.com', name: 'Ann' } })
  const serverErrors = useServerErrors(form, { shouldFocus: false })
  return (
    <form onSubmit={form.handleSubmit(() => void serverErrors.apply(emailTaken()))}>
      <input aria-label="Email" {...form.register('email', { required: 'Enter an email.' })} />
      <p data-testid="email-error">{form.formState.errors.email?.message}</p>
      <input aria-label="Name" {...form.register('name', { validate: rule })} />
      <output>{form.formState.isValid ? 'valid' : 'invalid'}</output>
      <button type="submit">Send</button>
    </form>
  )
}

// Regression: on a slow device the blur of an untouched field removed its server error. With
// the name's async rule still running, the email's own run on blur looked like a whole-form run
// (every field was validating); it was taken as over one task after its rule ended, while it
// still waited on the isValid check (the name's rule again), and its result, written later,
// was taken for a clearErrors.
describe('a server error and validation runs that overlap (register rules, mode all, isValid read)', () => {
  it('stays when the email’s blur run ends after a run of another field, in any order', async () => {
    const name = heldRule()
    const user = userEvent.setup()
    render(<ProfileForm rule={name.rule} />)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )

    name.hold()
    await user.type(screen.getByLabelText('Name'), 'e') // the name's run starts and waits
    await user.click(screen.getByLabelText('Email'))
    await user.click(screen.getByLabelText('Name')) // the email's blur run starts alongside
    expect(name.waiting).toBeGreaterThanOrEqual(2)
    // The name's first run ends first; the email's run still waits on the isValid check.
    await name.releaseOne()
    expect(form.getFieldState('email').error?.message).toBe('Email is taken.')
    await name.releaseAll()
    expect(form.getFieldState('email').isValidating).toBe(false)
    expect(form.getFieldState('email').error?.message).toBe('Email is taken.')
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )
  })

  it('stays when the runs end in the opposite order', async () => {
    const name = heldRule()
    const user = userEvent.setup()
    render(<ProfileForm rule={name.rule} />)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await user.click(screen.getByLabelText('Email'))
    name.hold()
    await user.click(screen.getByLabelText('Name')) // the email's run waits on the name's rule
    await user.type(screen.getByLabelText('Name'), 'e') // then the name's own run starts
    // Newest first: the name's own runs end before the email's isValid check does.
    while (name.waiting > 0) await name.releaseNewest()
    await name.releaseAll()
    expect(form.getFieldState('email').error?.message).toBe('Email is taken.')
    await waitFor(() =>
      expect(screen.getByTestId('email-error')).toHaveTextContent('Email is taken.'),
    )
    await user.type(screen.getByLabelText('Email'), 'x')
    await waitFor(() => expect(screen.getByTestId('email-error')).toBeEmptyDOMElement())
  })
})
