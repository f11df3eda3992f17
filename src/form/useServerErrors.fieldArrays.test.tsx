import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form'
import { ApiError } from '../core/ApiError.js'
import { applyServerErrors } from './applyServerErrors.js'
import { widenForm } from './serverErrorsForm.js'

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

interface Order {
  items: { price: string }[]
}

function OrderForm({
  onForm,
  onValid,
}: {
  onForm: (f: UseFormReturn<Order>) => void
  onValid: () => void
}) {
  const form = useForm<Order>({
    defaultValues: { items: [{ price: '1' }, { price: '2' }, { price: '3' }] },
  })
  const { fields, remove } = useFieldArray({ control: form.control, name: 'items' })
  onForm(form)
  return (
    <form onSubmit={form.handleSubmit(onValid)}>
      {fields.map((field, index) => (
        <input
          key={field.id}
          aria-label={`Price ${index}`}
          {...form.register(`items.${index}.price`)}
        />
      ))}
      <button type="button" onClick={() => remove(0)}>
        Remove the first row
      </button>
      <button type="submit">Send</button>
    </form>
  )
}

describe('useServerErrors with field arrays', () => {
  it('clears items.2.price when that row’s price changes, not when another row’s does', async () => {
    const user = userEvent.setup()
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} onValid={() => {}} />)
    act(() => {
      applyServerErrors(form, validation({ 'items.2.price': ['Must be positive.'] }), {
        shouldFocus: false,
      })
    })
    await user.type(screen.getByLabelText('Price 1'), '0')
    expect(form.getFieldState('items.2.price').error?.message).toBe('Must be positive.')
    await user.type(screen.getByLabelText('Price 2'), '0')
    expect(form.getFieldState('items.2.price').error).toBeUndefined()
  })

  it('does not let an error on the list itself (items.root) block the next submit', async () => {
    const user = userEvent.setup()
    const onValid = vi.fn()
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} onValid={onValid} />)
    act(() => {
      applyServerErrors(form, validation({ items: ['At most two items.'] }), { shouldFocus: false })
    })
    expect(widenForm(form).getFieldState('items.root').error?.message).toBe('At most two items.')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(onValid).toHaveBeenCalledTimes(1)
  })

  it('follows a row whose index changed (a row above removed) and clears when that row changes', async () => {
    // Regression: the error moved with its row, but was no longer watched, so it stayed after
    // the user fixed the field.
    const user = userEvent.setup()
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} onValid={() => {}} />)
    act(() => {
      applyServerErrors(
        form,
        validation({ 'items.0.price': ['Too low.'], 'items.2.price': ['Too high.'] }),
        { shouldFocus: false },
      )
    })
    await user.click(screen.getByRole('button', { name: 'Remove the first row' }))
    expect(form.getFieldState('items.0.price').error).toBeUndefined()
    expect(form.getFieldState('items.1.price').error?.message).toBe('Too high.')
    await user.type(screen.getByLabelText('Price 0'), '0')
    expect(form.getFieldState('items.1.price').error?.message).toBe('Too high.')
    await user.type(screen.getByLabelText('Price 1'), '0')
    expect(form.getFieldState('items.1.price').error).toBeUndefined()
  })
})
