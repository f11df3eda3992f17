import { act, render, screen } from '@testing-library/react'
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form'
import { ApiError, type ApiErrorInit } from '../core/ApiError.js'
import { applyServerErrors } from './applyServerErrors.js'
import { clearServerErrors } from './clearServerErrors.js'
import { widenForm } from './serverErrorsForm.js'

const validation = (init: Partial<ApiErrorInit>) =>
  new ApiError({
    status: 422,
    code: 'http/422',
    kind: 'validation',
    type: 'user',
    message: 'Unprocessable',
    userMessage: 'Check the form and try again.',
    format: 'test',
    ...init,
  })

interface Order {
  items: { name: string; price: string }[]
}

function OrderForm({ onForm }: { onForm: (form: UseFormReturn<Order>) => void }) {
  const form = useForm<Order>({
    defaultValues: {
      items: [
        { name: 'a', price: '1' },
        { name: 'b', price: '2' },
        { name: 'c', price: '3' },
      ],
    },
  })
  const { fields } = useFieldArray({ control: form.control, name: 'items' })
  onForm(form)
  return (
    <form>
      {fields.map((field, index) => (
        <div key={field.id}>
          <input aria-label={`Name ${index}`} {...form.register(`items.${index}.name`)} />
          <input aria-label={`Price ${index}`} {...form.register(`items.${index}.price`)} />
        </div>
      ))}
    </form>
  )
}

describe('applyServerErrors with field arrays', () => {
  it('lands items.2.price on the third row of a useFieldArray', () => {
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} />)
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form,
        validation({ fields: { 'items.2.price': ['Must be positive.'] } }),
        { shouldFocus: false },
      )
    })
    expect(result.applied).toEqual(['items.2.price'])
    expect(form.getFieldState('items.2.price').error?.message).toBe('Must be positive.')
    expect(form.getFieldState('items.1.price').error).toBeUndefined()
    expect(screen.getByLabelText('Price 2')).toBeInTheDocument()
  })

  // Regression: a path spelt with brackets (an ApiError built by hand, a rename or mapPath that
  // returns `items[1].price`) was used as given, so its spelling and the dotted one were two
  // targets, one message overwrote the other, and clearServerErrors(form, 'items.1') missed it.
  it('lands items[1].price and items.1.price on the same field, keeping both messages', () => {
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} />)
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form,
        validation({
          fields: { 'items[1].price': ['Is too low.'], 'items.1.price': ['Is not a number.'] },
        }),
        // @ts-expect-error the types take the form's dotted names; brackets still work at run time
        { shouldFocus: false, rename: { 'items.0.name': 'items[2].name' } },
      )
    })
    expect(result.applied).toEqual(['items.1.price'])
    expect(form.getFieldState('items.1.price').error?.message).toBe('Is too low. Is not a number.')
    act(() => {
      clearServerErrors(form, 'items.1')
    })
    expect(form.getFieldState('items.1.price').error).toBeUndefined()
    act(() => {
      result = applyServerErrors(form, validation({ fields: { 'items.0.name': ['Is taken.'] } }), {
        shouldFocus: false,
        // @ts-expect-error the types take the form's dotted names; brackets still work at run time
        rename: { 'items.0.name': 'items[2].name' },
      })
    })
    expect(result.applied).toEqual(['items.2.name'])
    expect(form.getFieldState('items.2.name').error?.message).toBe('Is taken.')
  })

  it('sends a path that maps to nothing usable (empty, __proto__) to root.server', () => {
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} />)
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form,
        validation({ fields: { name: ['Is required.'], 'items.__proto__.x': ['Odd.'] } }),
        { shouldFocus: false, mapPath: (path) => (path === 'name' ? '' : undefined) },
      )
    })
    expect(result.applied).toEqual([])
    expect(result.unmatched).toEqual(['name', 'items.__proto__.x'])
    expect(widenForm(form).getFieldState('root.server').error?.message).toBe('Is required. Odd.')
  })

  it('puts an error on the list itself at items.root, and an out-of-range row on root.server', () => {
    let form!: UseFormReturn<Order>
    render(<OrderForm onForm={(f) => (form = f)} />)
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form,
        validation({
          fields: { items: ['At most two items.'], 'items.7.price': ['No such row.'] },
        }),
        { shouldFocus: false },
      )
    })
    expect(result.applied).toEqual(['items.root'])
    expect(result.unmatched).toEqual(['items.7.price'])
    expect(widenForm(form).getFieldState('items.root').error?.message).toBe('At most two items.')
    expect(widenForm(form).getFieldState('root.server').error?.message).toBe('No such row.')
  })
})
