import { StrictMode } from 'react'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FormProvider, useFieldArray, useForm, type UseFormReturn } from 'react-hook-form'
import { applyServerErrors } from './applyServerErrors.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'
import { validationError } from '../../test/support/validationError.js'

const validation = validationError

interface Account {
  name: string
  email: string
  items: { price: string }[]
}

interface Names {
  type: string
  message: string
  ref: string
  types: string
  contact: { type: string }
}

function EmailInput({ form }: { form: UseFormReturn<Account> }) {
  const a11y = useFieldErrorProps('email', { control: form.control, describedBy: 'email-hint' })
  return (
    <>
      <label htmlFor={a11y.id}>Email</label>
      <p id="email-hint">We never share it.</p>
      <input {...form.register('email', { required: 'Enter your email.' })} {...a11y} />
      <FieldError name="email" control={form.control} />
    </>
  )
}

function AccountForm({
  onForm,
  title,
}: {
  onForm: (f: UseFormReturn<Account>) => void
  title?: string
}) {
  const form = useForm<Account>({
    defaultValues: { name: '', email: '', items: [{ price: '1' }, { price: '2' }] },
    shouldFocusError: false,
  })
  const { fields } = useFieldArray({ control: form.control, name: 'items' })
  onForm(form)
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(() => {})}>
        <ErrorSummary {...(title ? { title } : {})} />
        <label htmlFor="name">Name</label>
        <input id="name" {...form.register('name', { required: 'Enter your name.' })} />
        <EmailInput form={form} />
        {fields.map((field, index) => (
          <input
            key={field.id}
            id={`items.${index}.price`}
            aria-label={`Price ${index}`}
            {...form.register(`items.${index}.price`)}
          />
        ))}
        <button type="submit">Send</button>
      </form>
    </FormProvider>
  )
}

function renderAccount(title?: string) {
  let form!: UseFormReturn<Account>
  render(<AccountForm onForm={(f) => (form = f)} {...(title ? { title } : {})} />)
  return () => form
}

afterEach(() => {
  vi.useRealTimers()
})

describe('ErrorSummary', () => {
  it('renders nothing while the form has no errors', () => {
    renderAccount()
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('lists client errors as links to their fields after a failed submit, and takes focus', async () => {
    vi.useFakeTimers()
    renderAccount()
    await act(async () => {
      screen.getByRole('button', { name: 'Send' }).click()
      await vi.advanceTimersByTimeAsync(10)
    })
    await act(() => vi.advanceTimersByTimeAsync(10))
    const summary = screen.getByRole('region', { name: 'There is a problem' })
    expect(summary).toHaveAttribute('tabindex', '-1')
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Name: Enter your name.', '#name'],
      ['Email: Enter your email.', '#email'],
    ])
    expect(document.activeElement).toBe(summary)
  })

  it('is announced once, by taking focus: it is not a live region and holds none', async () => {
    vi.useFakeTimers()
    renderAccount()
    await act(async () => {
      screen.getByRole('button', { name: 'Send' }).click()
      await vi.advanceTimersByTimeAsync(10)
    })
    await act(() => vi.advanceTimersByTimeAsync(10))
    const summary = screen.getByRole('region', { name: 'There is a problem' })
    const live = '[role="alert"], [role="status"], [role="log"], [aria-live]'
    expect(summary.closest(live)).toBeNull()
    expect(summary.querySelector(live)).toBeNull()
    expect(document.activeElement).toBe(summary)
  })

  it('takes focus under StrictMode too (its effects run twice there)', async () => {
    vi.useFakeTimers()
    render(
      <StrictMode>
        <AccountForm onForm={() => {}} />
      </StrictMode>,
    )
    await act(async () => {
      screen.getByRole('button', { name: 'Send' }).click()
      await vi.advanceTimersByTimeAsync(10)
    })
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(document.activeElement).toBe(screen.getByRole('region'))
  })

  it('lists server errors in page order, root.server as text, with an overridable heading', () => {
    const form = renderAccount('Fix these')
    act(() => {
      applyServerErrors(
        form(),
        validation({ 'items.1.price': ['Too high.'], email: ['Is taken.'], coupon: ['Expired.'] }, [
          'Try again.',
        ]),
        { shouldFocus: false },
      )
    })
    const summary = screen.getByRole('region', { name: 'Fix these' })
    const entries = within(summary).getAllByRole('listitem')
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Try again. Expired.',
      'Email: Is taken.',
      'Price 1: Too high.',
    ])
    expect(within(entries[0]!).queryByRole('link')).toBeNull()
    expect(within(entries[2]!).getByRole('link')).toHaveAttribute('href', '#items.1.price')
  })

  it('moves focus to the field when its link is followed', async () => {
    const user = userEvent.setup()
    const form = renderAccount()
    act(() => {
      applyServerErrors(
        form(),
        validation({ email: ['Is taken.'], 'items.1.price': ['Too high.'] }),
        { shouldFocus: false },
      )
    })
    await user.click(screen.getByRole('link', { name: 'Price 1: Too high.' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Price 1'))
    expect(window.location.hash).toBe('')
    await user.click(screen.getByRole('link', { name: 'Email: Is taken.' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Email'))
  })

  it('lists fields named like a part of an error (type, message, ref, types)', () => {
    // Regression: the summary skipped any key named type, message, ref or types, so a form with
    // a `type` select or a `message` textarea never listed their errors.
    function NamesForm({ onForm }: { onForm: (f: UseFormReturn<Names>) => void }) {
      const form = useForm<Names>({
        defaultValues: { type: '', message: '', ref: '', types: '', contact: { type: '' } },
      })
      onForm(form)
      return (
        <form>
          <ErrorSummary control={form.control} />
          {(['type', 'message', 'ref', 'types', 'contact.type'] as const).map((name) => (
            <input key={name} id={name} aria-label={name} {...form.register(name)} />
          ))}
        </form>
      )
    }
    let form!: UseFormReturn<Names>
    render(<NamesForm onForm={(f) => (form = f)} />)
    act(() => {
      applyServerErrors(
        form,
        validation({
          type: ['Pick a type.'],
          message: ['Too long.'],
          ref: ['Unknown reference.'],
          types: ['Pick one.'],
          'contact.type': ['Pick a channel.'],
        }),
        { shouldFocus: false },
      )
    })
    const links = within(screen.getByRole('region')).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['type: Pick a type.', '#type'],
      ['message: Too long.', '#message'],
      ['ref: Unknown reference.', '#ref'],
      ['types: Pick one.', '#types'],
      ['contact.type: Pick a channel.', '#contact.type'],
    ])
  })

  it('renders messages as text, never as HTML', () => {
    const form = renderAccount()
    act(() => {
      applyServerErrors(
        form(),
        validation({ email: ['<img src=x onerror=alert(1)>'] }, ['<b>bold</b>']),
        { shouldFocus: false },
      )
    })
    const summary = screen.getByRole('region')
    expect(summary.querySelector('img')).toBeNull()
    expect(summary.querySelector('b')).toBeNull()
    expect(summary).toHaveTextContent('<b>bold</b>')
  })
})

describe('FieldError and useFieldErrorProps', () => {
  it('wire the message to the input with aria-describedby and aria-invalid while in error', () => {
    const form = renderAccount()
    const input = screen.getByLabelText('Email')
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).toHaveAttribute('aria-describedby', 'email-hint')
    expect(document.getElementById('email-error')).toBeNull()
    act(() => {
      applyServerErrors(form(), validation({ email: ['Is taken.', 'Is too long.'] }), {
        shouldFocus: false,
      })
    })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAttribute('aria-describedby', 'email-hint email-error')
    expect(input).toHaveAccessibleDescription('We never share it. Is taken. Is too long.')
    expect(document.getElementById('email-error')).toHaveAttribute('data-error-type', 'server')
  })
})
