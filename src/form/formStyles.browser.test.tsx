import '../ui/styles.css'
import { useForm } from 'react-hook-form'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { expectNoAxeViolations } from '../ui/testUtils/expectNoAxeViolations.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'

afterEach(() => {
  document.documentElement.removeAttribute('data-theme')
})

/** A form whose one-letter messages make the shortest links a summary can hold. */
function ShortForm() {
  const form = useForm<{ a: string; b: string }>({ shouldFocusError: false })
  const a = useFieldErrorProps('a', { control: form.control })
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(() => {})}
      style={{ background: 'var(--aek-bg)', color: 'var(--aek-fg)', padding: 8 }}
    >
      <ErrorSummary control={form.control} labels={false} />
      <label htmlFor={a.id}>A</label>
      <input {...form.register('a', { required: 'X' })} {...a} />
      <FieldError name="a" control={form.control} />
      <input aria-label="B" id="b" {...form.register('b', { required: 'Y.' })} />
      <button type="submit">Send</button>
    </form>
  )
}

describe('the default theme of ErrorSummary and FieldError', () => {
  for (const theme of ['light', 'dark']) {
    test(`links are targets of at least 24 x 24 px and axe finds nothing, ${theme}`, async () => {
      document.documentElement.setAttribute('data-theme', theme)
      const screen = await render(<ShortForm />)
      await userEvent.click(page.getByRole('button', { name: 'Send' }))
      const summary = page.getByRole('region', { name: 'There is a problem' })
      await expect.element(summary).toHaveFocus()
      expect(summary.element()).toHaveClass('aek-error-summary')
      const links = summary.getByRole('link').elements()
      expect(links.map((link) => link.textContent)).toEqual(['X', 'Y.'])
      for (const link of links) {
        const box = link.getBoundingClientRect()
        expect(box.width).toBeGreaterThanOrEqual(24)
        expect(box.height).toBeGreaterThanOrEqual(24)
      }
      const message = screen.container.querySelector('#a-error')!
      expect(message).toHaveClass('aek-field-error')
      expect(getComputedStyle(message).color).toBe(
        theme === 'light' ? 'rgb(179, 38, 46)' : 'rgb(255, 139, 130)',
      )
      expect(getComputedStyle(summary.element()).outlineStyle).toBe('solid')
      await expectNoAxeViolations(screen.container)
    })
  }
})
