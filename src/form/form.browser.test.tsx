import { validationError } from '../../test/support/validationError.js'
import axe from 'axe-core'
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'
import { useServerErrors } from './useServerErrors.js'

interface Order {
  name: string
  email: string
  items: { price: string }[]
}

// Deliberately not in page order: the row comes before the email in the answer.
const serverAnswer = () =>
  validationError({
    'items.2.price': ['Must be positive.'],
    email: ['Is taken.'],
    coupon: ['Expired.'],
  })

function Field({
  form,
  name,
  label,
  rules,
}: {
  form: UseFormReturn<Order>
  name: 'name' | 'email' | `items.${number}.price`
  label: string
  rules?: { required: string }
}) {
  const a11y = useFieldErrorProps(name, { control: form.control })
  return (
    <div>
      <label htmlFor={a11y.id}>{label}</label>
      <input {...form.register(name, rules)} {...a11y} />
      <FieldError name={name} control={form.control} />
    </div>
  )
}

function OrderForm({ summary, onSend }: { summary: boolean; onSend?: () => void }) {
  const form = useForm<Order>({
    defaultValues: {
      name: 'Ann',
      email: 'ann@example.com',
      items: [{ price: '1' }, { price: '2' }, { price: '-3' }],
    },
  })
  const { fields } = useFieldArray({ control: form.control, name: 'items' })
  const serverErrors = useServerErrors(form)
  const onSubmit = form.handleSubmit(async () => {
    onSend?.()
    // The round trip to the server; the fieldset is disabled meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 30))
    serverErrors.apply(serverAnswer())
  })
  return (
    <form noValidate onSubmit={onSubmit}>
      {summary && <ErrorSummary control={form.control} />}
      <fieldset disabled={form.formState.isSubmitting}>
        <legend>Order</legend>
        <Field form={form} name="name" label="Name" rules={{ required: 'Enter your name.' }} />
        <Field form={form} name="email" label="Email" />
        {fields.map((field, index) => (
          <Field
            key={field.id}
            form={form}
            name={`items.${index}.price`}
            label={`Price of item ${index + 1}`}
          />
        ))}
      </fieldset>
      {form.formState.errors.root?.server && (
        <p role="status">{form.formState.errors.root.server.message}</p>
      )}
      <button type="submit">Place order</button>
    </form>
  )
}

describe('server errors in a real browser', () => {
  test('focus moves to the first errored field in page order after a failed server submit', async () => {
    await render(<OrderForm summary={false} />)
    await userEvent.click(page.getByRole('button', { name: 'Place order' }))
    const email = page.getByLabelText('Email')
    await expect.element(email).toHaveFocus()
    await expect.element(email).toHaveAttribute('aria-invalid', 'true')
    await expect
      .element(page.getByLabelText('Price of item 3'))
      .toHaveAccessibleDescription('Must be positive.')
    await expect.element(page.getByRole('status')).toHaveTextContent('Expired.')
  })

  test('the server error leaves when its field is edited, and the next submit goes through', async () => {
    const onSend = vi.fn()
    await render(<OrderForm summary={false} onSend={onSend} />)
    await userEvent.click(page.getByRole('button', { name: 'Place order' }))
    await expect.element(page.getByLabelText('Email')).toHaveFocus()
    await userEvent.keyboard('{Tab}')
    await expect.element(page.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
    await userEvent.type(page.getByLabelText('Email'), 'x')
    await expect.element(page.getByLabelText('Email')).not.toHaveAttribute('aria-invalid')
    await expect
      .element(page.getByLabelText('Price of item 3'))
      .toHaveAttribute('aria-invalid', 'true')
    expect(onSend).toHaveBeenCalledTimes(1)
    // Nothing else touched: the server errors on the row and the coupon must not block this.
    await userEvent.click(page.getByRole('button', { name: 'Place order' }))
    await expect.poll(() => onSend.mock.calls.length).toBe(2)
  })

  test('the summary takes focus after a failed client submit, and its links focus their fields', async () => {
    await render(<OrderForm summary />)
    await userEvent.clear(page.getByLabelText('Name'))
    await userEvent.click(page.getByRole('button', { name: 'Place order' }))
    const summary = page.getByRole('region', { name: 'There is a problem' })
    await expect.element(summary).toHaveFocus()
    await userEvent.click(summary.getByRole('link', { name: 'Enter your name.' }))
    await expect.element(page.getByLabelText('Name')).toHaveFocus()
  })

  test('the summary takes focus when server errors arrive, lists them in page order, and passes axe', async () => {
    const screen = await render(<OrderForm summary />)
    await userEvent.click(page.getByRole('button', { name: 'Place order' }))
    const summary = page.getByRole('region', { name: 'There is a problem' })
    await expect.element(summary).toHaveFocus()
    const items = summary
      .getByRole('listitem')
      .elements()
      .map((item) => item.textContent)
    expect(items).toEqual(['Expired.', 'Email: Is taken.', 'Price of item 3: Must be positive.'])
    await userEvent.click(summary.getByRole('link', { name: 'Must be positive.' }))
    await expect.element(page.getByLabelText('Price of item 3')).toHaveFocus()
    const results = await axe.run(screen.container)
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  })

  test('a summary link to a radio group focuses its first option, and disabled={!isValid} lets the retry through', async () => {
    const onSend = vi.fn()
    function PlanForm() {
      const form = useForm<{ plan: string }>({
        mode: 'onChange',
        defaultValues: { plan: 'basic' },
        shouldFocusError: false,
      })
      const serverErrors = useServerErrors(form)
      const onSubmit = form.handleSubmit(() => {
        onSend()
        serverErrors.apply(validationError({ plan: ['Basic is sold out.'] }))
      })
      return (
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary control={form.control} />
          <fieldset>
            <legend>Plan</legend>
            <label>
              <input type="radio" value="basic" {...form.register('plan', { required: true })} />
              Basic
            </label>
            <label>
              <input type="radio" value="pro" {...form.register('plan')} />
              Pro
            </label>
          </fieldset>
          <button type="submit" disabled={!form.formState.isValid}>
            Choose
          </button>
        </form>
      )
    }
    await render(<PlanForm />)
    const choose = page.getByRole('button', { name: 'Choose' })
    await expect.element(choose).toBeEnabled()
    await userEvent.click(choose)
    const summary = page.getByRole('region', { name: 'There is a problem' })
    await expect.element(summary).toHaveFocus()
    await userEvent.click(summary.getByRole('link', { name: 'Basic is sold out.' }))
    await expect.element(page.getByRole('radio', { name: 'Basic' })).toHaveFocus()
    await expect.element(choose).toBeEnabled()
    await userEvent.click(choose)
    await expect.poll(() => onSend.mock.calls.length).toBe(2)
  })
})
