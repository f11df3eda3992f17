import { useForm } from 'react-hook-form'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { ErrorSummary } from './ErrorSummary.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'
import { useServerErrors } from './useServerErrors.js'
import { validationError } from '../../test/support/validationError.js'

const emailTaken = () => validationError({ email: ['Is taken.'] })

/** The regions that received focus, in order: each focus is one announcement. */
function recordSummaryFocus() {
  const focused: string[] = []
  const onFocus = (event: FocusEvent) => {
    const target = event.target as HTMLElement
    if (target.matches('[data-error-summary]')) focused.push(target.textContent!.split('.')[0]!)
  }
  document.addEventListener('focusin', onFocus)
  return { focused, stop: () => document.removeEventListener('focusin', onFocus) }
}

function EmailForm({ prefix, title }: { prefix: string; title: string }) {
  const getFieldId = (name: string) => `${prefix}-${name}`
  const form = useForm({ shouldFocusError: false, defaultValues: { email: '' } })
  const serverErrors = useServerErrors(form, { getFieldId })
  const email = useFieldErrorProps('email', { control: form.control, getFieldId })
  const onSubmit = form.handleSubmit(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10))
    serverErrors.apply(emailTaken())
  })
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary control={form.control} title={title} getFieldId={getFieldId} />
      <label htmlFor={email.id}>{title} email</label>
      <input {...form.register('email', { required: 'Enter an email.' })} {...email} />
      <button type="submit">Send {title}</button>
    </form>
  )
}

describe('ErrorSummary with other summaries on the page', () => {
  test('two forms: each summary shows and announces only its own form’s errors', async () => {
    await render(
      <>
        <EmailForm prefix="in" title="Sign in" />
        <EmailForm prefix="up" title="Sign up" />
      </>,
    )
    const { focused, stop } = recordSummaryFocus()
    await userEvent.click(page.getByRole('button', { name: 'Send Sign up' }))
    await expect.element(page.getByRole('region', { name: 'Sign up' })).toHaveFocus()
    expect(page.getByRole('region', { name: 'Sign in' }).query()).toBeNull()
    await userEvent.fill(page.getByLabelText('Sign up email'), 'ann@example.com')
    await userEvent.click(page.getByRole('button', { name: 'Send Sign up' }))
    await expect.element(page.getByRole('link', { name: 'Is taken.' })).toBeVisible()
    await expect.element(page.getByRole('region', { name: 'Sign up' })).toHaveFocus()
    await userEvent.click(page.getByRole('link', { name: 'Is taken.' }))
    await expect.element(page.getByLabelText('Sign up email')).toHaveFocus()
    stop()
    expect(focused).toEqual([
      'Sign upSign up email: Enter an email',
      'Sign upSign up email: Is taken',
    ])
  })

  // Regression: after a failed submit every summary of the form took focus in turn, so the
  // errors were announced once per summary and focus ended on the last one.
  test('two summaries of one form (top and foot): focus moves once, to the first', async () => {
    function LongForm() {
      const form = useForm({ shouldFocusError: false, defaultValues: { email: '' } })
      return (
        <form noValidate onSubmit={form.handleSubmit(() => {})}>
          <ErrorSummary control={form.control} title="Top" />
          <input
            id="email"
            aria-label="Email"
            {...form.register('email', { required: 'Enter an email.' })}
          />
          <ErrorSummary control={form.control} title="Foot" />
          <button type="submit">Send</button>
        </form>
      )
    }
    await render(<LongForm />)
    const { focused, stop } = recordSummaryFocus()
    await userEvent.click(page.getByRole('button', { name: 'Send' }))
    await expect.element(page.getByRole('region', { name: 'Top' })).toHaveFocus()
    await new Promise((resolve) => setTimeout(resolve, 50))
    stop()
    await expect.element(page.getByRole('region', { name: 'Top' })).toHaveFocus()
    expect(focused).toEqual(['TopEmail: Enter an email'])
  })
})
