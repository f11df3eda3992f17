import { zodResolver } from '@hookform/resolvers/zod'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { applyServerErrors } from './applyServerErrors.js'
import { validationError } from '../../test/support/validationError.js'

const emailTaken = () => validationError({ email: ['Email is taken.'] })

const schema = z.object({ email: z.string().email('Enter a valid email.'), name: z.string() })
type SignUp = z.infer<typeof schema>

const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)))

let form!: UseFormReturn<SignUp>
/** A resolver and isValid read: every setValue starts a whole-form isValid check. */
function ResolverForm() {
  form = useForm<SignUp>({
    resolver: zodResolver(schema),
    defaultValues: { email: 'ann@example.com', name: 'Ann' },
  })
  return (
    <form>
      <input aria-label="Email" {...form.register('email')} />
      <input aria-label="Name" {...form.register('name')} />
      <output>{form.formState.isValid ? 'valid' : 'invalid'}</output>
    </form>
  )
}

async function applyThenCheckTheWholeForm() {
  render(<ResolverForm />)
  act(() => void applyServerErrors(form, emailTaken(), { shouldFocus: false }))
  await tick()
  // A whole-form isValid check runs and ends, keeping the error: it writes nothing.
  act(() => form.setValue('name', 'Annie'))
  await tick()
  expect(form.getFieldState('email').error?.message).toBe('Email is taken.')
}

describe('removing a server error after a validation run that wrote nothing on it', () => {
  it('form.clearErrors(name) removes it for good', async () => {
    await applyThenCheckTheWholeForm()
    act(() => form.clearErrors('email'))
    await tick()
    expect(form.getFieldState('email').error).toBeUndefined()
  })

  it('form.clearErrors() removes it for good', async () => {
    await applyThenCheckTheWholeForm()
    act(() => form.clearErrors())
    await tick()
    expect(form.getFieldState('email').error).toBeUndefined()
  })

  it('form.reset() removes it for good', async () => {
    await applyThenCheckTheWholeForm()
    act(() => form.reset())
    await tick()
    expect(form.getFieldState('email').error).toBeUndefined()
    expect(screen.getByRole('status')).toHaveTextContent(/^valid$/)
  })

  it('a whole-form trigger() after it still keeps it', async () => {
    await applyThenCheckTheWholeForm()
    await act(async () => {
      await form.trigger()
    })
    expect(form.getFieldState('email').error?.message).toBe('Email is taken.')
    expect(screen.getByRole('status')).toHaveTextContent(/^valid$/)
  })
})

interface Profile {
  email: string
}

/** The email's own rule is async and held by the test, as a check against a server would be. */
function heldEmailForm(rule: (email: string) => Promise<true | string>) {
  let profile!: UseFormReturn<Profile>
  function ProfileForm() {
    profile = useForm<Profile>({ mode: 'onBlur', defaultValues: { email: 'ann@example.com' } })
    const { isValidating } = profile.formState
    return (
      <form>
        <input aria-label="Email" {...profile.register('email', { validate: rule })} />
        <input aria-label="Other" />
        <output>{isValidating ? 'checking' : 'idle'}</output>
      </form>
    )
  }
  render(<ProfileForm />)
  return () => profile
}

describe('a server error and the field’s own async rule (register rules)', () => {
  it('stays when the answer arrives while the field’s blur run is still under way', async () => {
    let release!: () => void
    const rule = async (email: string) => {
      await new Promise<void>((resolve) => (release = resolve))
      return email !== '' || 'Enter an email.'
    }
    const profile = heldEmailForm(rule)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Email'))
    await user.click(screen.getByLabelText('Other')) // the blur run starts and waits
    expect(screen.getByRole('status')).toHaveTextContent('checking')
    act(() => void applyServerErrors(profile(), emailTaken(), { shouldFocus: false }))
    release()
    await tick()
    expect(screen.getByRole('status')).toHaveTextContent('idle')
    expect(profile().getFieldState('email').error?.message).toBe('Email is taken.')
  })

  it('stays through a blur run, and form.reset() then removes it', async () => {
    const profile = heldEmailForm(async (email) => email !== '' || 'Enter an email.')
    const user = userEvent.setup()
    act(() => void applyServerErrors(profile(), emailTaken(), { shouldFocus: false }))
    await user.click(screen.getByLabelText('Email'))
    await user.click(screen.getByLabelText('Other'))
    await tick()
    expect(profile().getFieldState('email').error?.message).toBe('Email is taken.')
    act(() => profile().reset())
    await tick()
    expect(profile().getFieldState('email').error).toBeUndefined()
  })
})
