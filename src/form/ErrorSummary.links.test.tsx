import { validationError } from '../../test/support/validationError.js'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Controller, useForm, type UseFormReturn } from 'react-hook-form'
import { applyServerErrors } from './applyServerErrors.js'
import { ErrorSummary } from './ErrorSummary.js'

interface Plan {
  name: string
  plan: string
  extras: string[]
  colour: string
}

function PlanForm({ onForm }: { onForm: (form: UseFormReturn<Plan>) => void }) {
  const form = useForm<Plan>({
    defaultValues: { name: '', plan: 'basic', extras: [], colour: '' },
    shouldFocusError: false,
  })
  onForm(form)
  return (
    <form>
      <ErrorSummary control={form.control} />
      <label htmlFor="name">Name</label>
      <input id="name" {...form.register('name')} />
      <fieldset>
        <legend>Plan</legend>
        <label>
          <input type="radio" value="basic" {...form.register('plan')} />
          Basic
        </label>
        <label>
          <input type="radio" value="pro" {...form.register('plan')} />
          Pro
        </label>
      </fieldset>
      <fieldset>
        <legend>Extras</legend>
        <label>
          <input type="checkbox" value="backup" {...form.register('extras')} />
          Backup
        </label>
        <label>
          <input type="checkbox" value="support" {...form.register('extras')} />
          Support
        </label>
      </fieldset>
      <Controller
        control={form.control}
        name="colour"
        render={({ field }) => <input aria-label="Colour" {...field} />}
      />
      <label htmlFor="coupon">Coupon</label>
      <input id="coupon" />
    </form>
  )
}

describe('ErrorSummary links', () => {
  // Regression: a link to a radio or checkbox group whose inputs have no id of the field's name
  // did nothing (react-hook-form's reference to a group is not an element), leaving keyboard
  // users on the link.
  it('focus the first input of a radio or checkbox group, and a Controller without an id', async () => {
    const user = userEvent.setup()
    let form!: UseFormReturn<Plan>
    render(<PlanForm onForm={(f) => (form = f)} />)
    act(() => {
      applyServerErrors(
        form,
        validationError({
          plan: ['Pro is sold out.'],
          extras: ['Pick one extra at most.'],
          colour: ['Unknown colour.'],
        }),
        { shouldFocus: false },
      )
    })
    const summary = screen.getByRole('region')
    await user.click(within(summary).getByRole('link', { name: 'Plan: Pro is sold out.' }))
    expect(screen.getByRole('radio', { name: 'Basic' })).toHaveFocus()
    await user.click(within(summary).getByRole('link', { name: 'Extras: Pick one extra at most.' }))
    expect(screen.getByRole('checkbox', { name: 'Backup' })).toHaveFocus()
    await user.click(within(summary).getByRole('link', { name: 'Colour: Unknown colour.' }))
    expect(screen.getByLabelText('Colour')).toHaveFocus()
  })
  // Regression: a group's inputs have no id of the field's name, so the group was listed after
  // every field found by id instead of in page order.
  it('lists a radio or checkbox group in page order among fields found by id', () => {
    let form!: UseFormReturn<Plan>
    render(<PlanForm onForm={(f) => (form = f)} />)
    act(() => {
      applyServerErrors(
        form,
        validationError({
          extras: ['Pick one extra at most.'],
          name: ['Enter your name.'],
          plan: ['Pro is sold out.'],
        }),
        { shouldFocus: false },
      )
    })
    const links = within(screen.getByRole('region')).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Name: Enter your name.',
      'Plan: Pro is sold out.',
      'Extras: Pick one extra at most.',
    ])
  })
})
