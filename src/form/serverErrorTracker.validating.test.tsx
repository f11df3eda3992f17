import { zodResolver } from '@hookform/resolvers/zod'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import {
  useFieldArray,
  useForm,
  useFormState,
  type Control,
  type UseFormReturn,
} from 'react-hook-form'
import { z } from 'zod'
import { ApiError } from '../core/ApiError.js'
import { applyServerErrors } from './applyServerErrors.js'
import { clearServerErrors } from './clearServerErrors.js'

const validation = (fields: Record<string, string[]>) =>
  new ApiError({
    status: 422,
    code: 'http/422',
    kind: 'validation',
    type: 'user',
    message: 'Unprocessable',
    userMessage: 'Check the form.',
    format: 'test',
    fields,
  })

const schema = z.object({ items: z.array(z.object({ price: z.string().min(1, 'Required.') })) })
type Order = z.infer<typeof schema>

/** Mounted later, as a spinner or a submit button that reads isValidating would be. */
function Validating({ control }: { control: Control<Order> }) {
  const { isValidating } = useFormState({ control })
  return <output data-testid="validating">{isValidating ? 'validating' : 'idle'}</output>
}

let form!: UseFormReturn<Order>
function OrderForm() {
  form = useForm<Order>({
    resolver: zodResolver(schema),
    defaultValues: { items: [{ price: '1' }, { price: '2' }] },
  })
  const { fields } = useFieldArray({ control: form.control, name: 'items' })
  const [show, setShow] = useState(false)
  const onSubmit = form.handleSubmit(() => {
    applyServerErrors(form, validation({ 'items.1.price': ['Too low.'] }), { shouldFocus: false })
  })
  return (
    <form onSubmit={onSubmit}>
      {fields.map((field, index) => (
        <input
          key={field.id}
          aria-label={`Price ${index}`}
          {...form.register(`items.${index}.price`)}
        />
      ))}
      <output data-testid="valid">{form.formState.isValid ? 'valid' : 'invalid'}</output>
      <button type="button" onClick={() => setShow(true)}>
        Show
      </button>
      {show && <Validating control={form.control} />}
      <button type="submit">Send</button>
    </form>
  )
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)))

async function submitAndGetServerError() {
  const user = userEvent.setup()
  render(<OrderForm />)
  await user.click(screen.getByRole('button', { name: 'Send' }))
  await settle()
  expect(form.getFieldState('items.1.price').error?.message).toBe('Too low.')
  return user
}

// Regression: the isValid refresh that follows a removed server error starts a validation run,
// and the tracker stopped watching before it ended; react-hook-form reports a run's end only
// to watchers, so isValidating stayed true for good (a spinner that never stopped).
describe('server errors and isValidating (resolver, field array, isValid read)', () => {
  it('leaves isValidating false once the user fixes the field', async () => {
    const user = await submitAndGetServerError()
    await user.type(screen.getByLabelText('Price 1'), '5')
    await settle()
    expect(form.getFieldState('items.1.price').error).toBeUndefined()
    expect(form.getFieldState('items.1.price').isValidating).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Show' }))
    expect(screen.getByTestId('validating')).toHaveTextContent('idle')
    expect(screen.getByTestId('valid')).toHaveTextContent(/^valid$/)
  })

  it('leaves isValidating false after clearServerErrors', async () => {
    const user = await submitAndGetServerError()
    act(() => clearServerErrors(form))
    await settle()
    expect(form.getFieldState('items.1.price').error).toBeUndefined()
    await user.click(screen.getByRole('button', { name: 'Show' }))
    expect(screen.getByTestId('validating')).toHaveTextContent('idle')
  })
})
