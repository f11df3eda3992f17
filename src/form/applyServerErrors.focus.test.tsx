import { act, fireEvent, render, screen } from '@testing-library/react'
import { forwardRef, useImperativeHandle } from 'react'
import { Controller, useForm, type UseFormReturn } from 'react-hook-form'
import { ApiError } from '../core/ApiError.js'
import { applyServerErrors } from './applyServerErrors.js'
import { ErrorSummary } from './ErrorSummary.js'

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

interface Address {
  street: string
  city: string
  zip: string
}

function AddressForm({
  onForm,
  disabledStreet = false,
  summary = false,
  onValid = () => {},
}: {
  onForm: (form: UseFormReturn<Address>) => void
  disabledStreet?: boolean
  summary?: boolean
  onValid?: (form: UseFormReturn<Address>) => Promise<void> | void
}) {
  const form = useForm<Address>({
    defaultValues: { street: '', city: '', zip: '' },
    shouldFocusError: false,
  })
  onForm(form)
  return (
    <form onSubmit={form.handleSubmit(() => onValid(form))}>
      {summary && <ErrorSummary control={form.control} />}
      <fieldset disabled={form.formState.isSubmitting}>
        <input
          aria-label="Street"
          id="street"
          disabled={disabledStreet}
          {...form.register('street')}
        />
        <input aria-label="City" id="city" {...form.register('city')} />
        <input aria-label="Zip" id="zip" {...form.register('zip')} />
      </fieldset>
      <button type="submit">Send</button>
    </form>
  )
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('applyServerErrors: focus', () => {
  it('focuses the first errored field in DOM order once rendered, not the first in the answer', async () => {
    let form!: UseFormReturn<Address>
    render(<AddressForm onForm={(f) => (form = f)} />)
    let focused!: Promise<string | undefined>
    act(() => {
      focused = applyServerErrors(
        form,
        validation({ zip: ['Bad zip.'], city: ['Bad city.'] }),
      ).focused
    })
    expect(document.activeElement).toBe(document.body)
    await act(() => vi.advanceTimersByTimeAsync(50))
    expect(document.activeElement).toBe(screen.getByLabelText('City'))
    await expect(focused).resolves.toBe('city')
  })

  it('skips disabled fields', async () => {
    let form!: UseFormReturn<Address>
    render(<AddressForm onForm={(f) => (form = f)} disabledStreet />)
    act(() => {
      applyServerErrors(form, validation({ zip: ['Bad zip.'], street: ['Bad street.'] }))
    })
    await act(() => vi.advanceTimersByTimeAsync(50))
    expect(document.activeElement).toBe(screen.getByLabelText('Zip'))
  })

  it('does not move focus with shouldFocus: false', async () => {
    let form!: UseFormReturn<Address>
    render(<AddressForm onForm={(f) => (form = f)} />)
    act(() => {
      applyServerErrors(form, validation({ city: ['Bad city.'] }), { shouldFocus: false })
    })
    await act(() => vi.advanceTimersByTimeAsync(50))
    expect(document.activeElement).toBe(document.body)
  })

  it('waits for the submit to finish when called inside it (the fieldset is disabled until then)', async () => {
    let form!: UseFormReturn<Address>
    let focused!: Promise<string | undefined>
    const onValid = async (f: UseFormReturn<Address>) => {
      await new Promise((resolve) => setTimeout(resolve, 100))
      focused = applyServerErrors(f, validation({ zip: ['Bad zip.'], city: ['Bad city.'] })).focused
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    render(<AddressForm onForm={(f) => (form = f)} onValid={onValid} />)
    fireEvent.submit(screen.getByRole('button', { name: 'Send' }).closest('form')!)
    await act(() => vi.advanceTimersByTimeAsync(150))
    expect(form.getFieldState('city').error?.message).toBe('Bad city.')
    expect(screen.getByLabelText('City')).toBeDisabled()
    expect(document.activeElement).toBe(document.body)
    // The submit ends at 200 ms; act() renders its end before the focus frame runs.
    await act(() => vi.advanceTimersByTimeAsync(55))
    expect(screen.getByLabelText('City')).toBeEnabled()
    await act(() => vi.advanceTimersByTimeAsync(50))
    expect(document.activeElement).toBe(screen.getByLabelText('City'))
    await expect(focused).resolves.toBe('city')
  })

  it('moves focus to the ErrorSummary instead when one is mounted', async () => {
    let form!: UseFormReturn<Address>
    render(<AddressForm onForm={(f) => (form = f)} summary />)
    let focused!: Promise<string | undefined>
    act(() => {
      focused = applyServerErrors(form, validation({ city: ['Bad city.'] })).focused
    })
    await act(() => vi.advanceTimersByTimeAsync(50))
    expect(document.activeElement).toBe(screen.getByRole('region'))
    await expect(focused).resolves.toBeUndefined()
  })

  it('cancels a pending focus when the next submit starts', async () => {
    let form!: UseFormReturn<Address>
    render(<AddressForm onForm={(f) => (form = f)} />)
    act(() => {
      applyServerErrors(form, validation({ city: ['Bad city.'] }))
    })
    fireEvent.submit(screen.getByRole('button', { name: 'Send' }).closest('form')!)
    await act(() => vi.advanceTimersByTimeAsync(50))
    expect(document.activeElement).toBe(document.body)
    expect(form.getFieldState('city').error).toBeUndefined()
  })

  it('resolves, without throwing, when a custom field’s focus throws', async () => {
    // Regression: an exception from a field's focus escaped from a timer and left `focused`
    // pending forever.
    const Broken = forwardRef<{ focus: () => void }>(function Broken(_, ref) {
      useImperativeHandle(ref, () => ({
        focus: () => {
          throw new Error('not focusable')
        },
      }))
      return <span>custom</span>
    })
    let form!: UseFormReturn<{ color: string }>
    function ColorForm() {
      form = useForm<{ color: string }>({ defaultValues: { color: '' } })
      return (
        <Controller
          control={form.control}
          name="color"
          render={({ field }) => <Broken ref={field.ref} />}
        />
      )
    }
    render(<ColorForm />)
    let focused!: Promise<string | undefined>
    act(() => {
      focused = applyServerErrors(form, validation({ color: ['Pick a colour.'] })).focused
    })
    await act(() => vi.advanceTimersByTimeAsync(50))
    await expect(focused).resolves.toBeUndefined()
  })

  it('focuses a custom field that has no id through its ref, and says so', async () => {
    // Regression: setFocus focuses in a timer of its own, so such a field was reported as not
    // focused, and of two such fields the last one ended up with focus.
    const Custom = forwardRef<HTMLButtonElement, { label: string }>(function Custom(props, ref) {
      return (
        <button ref={ref} type="button">
          {props.label}
        </button>
      )
    })
    let form!: UseFormReturn<{ color: string; size: string }>
    function PickForm() {
      form = useForm({ defaultValues: { color: '', size: '' } })
      return (
        <>
          {(['color', 'size'] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => <Custom ref={field.ref} label={name} />}
            />
          ))}
        </>
      )
    }
    render(<PickForm />)
    let focused!: Promise<string | undefined>
    act(() => {
      focused = applyServerErrors(form, validation({ size: ['Pick.'], color: ['Pick.'] })).focused
    })
    await act(() => vi.advanceTimersByTimeAsync(50))
    await expect(focused).resolves.toBe('size')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'size' }))
  })

  it('focuses a radio group of its own form when another form on the page has the same names', async () => {
    // Regression: a group has no input with the field's id, and the lookup by name found the
    // first form's radio.
    const forms: UseFormReturn<{ plan: string }>[] = []
    function PlanForm({ label }: { label: string }) {
      const form = useForm({ defaultValues: { plan: '' } })
      forms.push(form)
      return (
        <fieldset>
          <legend>{label}</legend>
          <input
            type="radio"
            aria-label={`${label} basic`}
            value="basic"
            {...form.register('plan')}
          />
          <input type="radio" aria-label={`${label} pro`} value="pro" {...form.register('plan')} />
        </fieldset>
      )
    }
    render(
      <>
        <PlanForm label="Home" />
        <PlanForm label="Office" />
      </>,
    )
    let focused!: Promise<string | undefined>
    act(() => {
      focused = applyServerErrors(forms[1]!, validation({ plan: ['Pick a plan.'] })).focused
    })
    await act(() => vi.advanceTimersByTimeAsync(50))
    await expect(focused).resolves.toBe('plan')
    expect(screen.getByRole('radio', { name: 'Office basic' })).toHaveFocus()
  })
})
