import { validationError } from '../../test/support/validationError.js'
import { useEffect, useRef, useState } from 'react'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { applyServerErrors } from './applyServerErrors.js'
import { ErrorSummary } from './ErrorSummary.js'

interface Checkout {
  email: string
  coupon: string
  company: string
}

const serverAnswer = () =>
  validationError({
    email: ['Is taken.'],
    coupon: ['Has expired.'],
    company: ['Is not registered.'],
  })

/** A tab panel the browser may reveal (`hidden="until-found"`); it tells the app first. */
function BillingTab({ children }: { children: React.ReactNode }) {
  const panel = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState(false)
  useEffect(() => {
    const element = panel.current!
    // React renders any `hidden` as a plain boolean attribute, so set this one by hand.
    if (!selected) element.setAttribute('hidden', 'until-found')
    const select = () => setSelected(true)
    element.addEventListener('beforematch', select)
    return () => element.removeEventListener('beforematch', select)
  }, [selected])
  return (
    <div ref={panel} role="tabpanel" aria-label="Billing" data-selected={selected}>
      {children}
    </div>
  )
}

let form!: UseFormReturn<Checkout>
function CheckoutForm() {
  form = useForm<Checkout>({
    shouldFocusError: false,
    defaultValues: { email: 'ann@example.com', coupon: 'SPRING', company: 'Acme' },
  })
  return (
    <form noValidate>
      <ErrorSummary control={form.control} />
      <label htmlFor="email">Email</label>
      <input id="email" {...form.register('email')} />
      <details>
        <summary>Have a coupon?</summary>
        <label htmlFor="coupon">Coupon</label>
        <input id="coupon" {...form.register('coupon')} />
      </details>
      <BillingTab>
        <label htmlFor="company">Company</label>
        <input id="company" {...form.register('company')} />
      </BillingTab>
    </form>
  )
}

// Regression: the summary's links prevent the browser's own navigation, which opens a closed
// <details> and a hidden="until-found" panel around its target; the links did nothing there.
describe('ErrorSummary links to fields the page hides', () => {
  test('open the closed <details> that holds the field, and focus it', async () => {
    await render(<CheckoutForm />)
    applyServerErrors(form, serverAnswer())
    await expect.element(page.getByRole('region')).toHaveFocus()
    await userEvent.click(page.getByRole('link', { name: 'Has expired.' }))
    await expect.element(page.getByRole('textbox', { name: 'Coupon' })).toHaveFocus()
    expect(document.querySelector('details')!.open).toBe(true)
  })

  test('reveal a hidden="until-found" panel, telling the app with beforematch, and focus the field', async () => {
    await render(<CheckoutForm />)
    applyServerErrors(form, serverAnswer())
    await expect.element(page.getByRole('region')).toHaveFocus()
    await userEvent.click(page.getByRole('link', { name: 'Is not registered.' }))
    await expect.element(page.getByRole('textbox', { name: 'Company' })).toHaveFocus()
    await expect.element(page.getByRole('tabpanel')).toHaveAttribute('data-selected', 'true')
    await expect.element(page.getByRole('tabpanel')).not.toHaveAttribute('hidden')
  })
})
