import { validationError } from '../../test/support/validationError.js'
import { FormProvider, useFieldArray, useForm, useFormContext } from 'react-hook-form'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import type { ApiError } from '../core/ApiError.js'
import { decodeResponse } from '../core/decode/decodeResponse.js'
import { createMockBackend } from '../testing/mockBackend/createMockBackend.js'
import type { MockMode } from '../testing/mockBackend/types.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'
import { useServerErrors } from './useServerErrors.js'

interface SignUp {
  email: string
  password: string
  tags: { name: string }[]
}

type Name = 'email' | 'password' | `tags.${number}.name`

function Field({ name, label, type }: { name: Name; label: string; type?: string }) {
  const a11y = useFieldErrorProps<SignUp>(name)
  return (
    <div>
      <label htmlFor={a11y.id}>{label}</label>
      <FieldInput name={name} type={type} a11y={a11y} />
      <FieldError<SignUp> name={name} />
    </div>
  )
}

function FieldInput({
  name,
  type,
  a11y,
}: {
  name: Name
  type?: string | undefined
  a11y: ReturnType<typeof useFieldErrorProps>
}) {
  const { register } = useFormContext<SignUp>()
  return <input type={type ?? 'text'} {...register(name)} {...a11y} />
}

/** A sign-up form that sends to the mock backend in `mode`, or answers with `answer`. */
function SignUpForm({ mode, answer }: { mode?: MockMode; answer?: () => ApiError }) {
  const form = useForm<SignUp>({
    shouldFocusError: false,
    defaultValues: { email: '', password: '', tags: [{ name: 'news' }, { name: 'web' }] },
  })
  const { fields } = useFieldArray({ control: form.control, name: 'tags' })
  const serverErrors = useServerErrors(form)
  const backend = createMockBackend({ mode: mode ?? 'bkend' })
  const onSubmit = form.handleSubmit(async (values) => {
    if (answer) return void serverErrors.apply(answer())
    const response = await backend.handle(
      new Request('https://api.example.com/v1/auth/email/signup', {
        method: 'POST',
        headers: { 'x-api-key': 'pk_test_demo', 'content-type': 'application/json' },
        body: JSON.stringify({ email: values.email, password: values.password }),
      }),
    )
    if (!response.ok) serverErrors.apply(await decodeResponse(response))
  })
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary control={form.control} />
        <Field name="email" label="Email" />
        <Field name="password" label="Password" type="password" />
        <fieldset>
          <legend>Tags</legend>
          {fields.map((field, index) => (
            <Field key={field.id} name={`tags.${index}.name`} label={`Tag ${index + 1}`} />
          ))}
        </fieldset>
        <button type="submit">Sign up</button>
      </form>
    </FormProvider>
  )
}

/** The message right under a field: the element its input's `aria-describedby` names. */
function messageUnder(label: string) {
  const input = page.getByLabelText(label, { exact: true }).element() as HTMLInputElement
  const describedBy = input.getAttribute('aria-describedby')
  const message = describedBy ? document.getElementById(describedBy) : null
  // Under it: the message follows the input on the page.
  if (message && !(input.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING))
    return 'above its input'
  return message?.textContent
}

describe('the error summary reads like GOV.UK’s', () => {
  test('bkend sign-up: a bad email, then a weak password, each message under its field', async () => {
    await render(<SignUpForm mode="bkend" />)
    await userEvent.fill(page.getByLabelText('Email', { exact: true }), 'not-an-email')
    await userEvent.fill(page.getByLabelText('Password', { exact: true }), 'short')
    await userEvent.click(page.getByRole('button', { name: 'Sign up' }))
    const emailMessage = 'Enter a valid email address, e.g. user@example.com.'
    await expect.element(page.getByRole('link', { name: `Email: ${emailMessage}` })).toBeVisible()
    expect(messageUnder('Email')).toBe(emailMessage)
    expect(messageUnder('Password')).toBeUndefined()

    await userEvent.fill(page.getByLabelText('Email', { exact: true }), 'ann@example.com')
    await userEvent.click(page.getByRole('button', { name: 'Sign up' }))
    const passwordMessage = 'Password must be at least 8 characters long.'
    // A message that starts with its field's label reads well as it is: no second "Password".
    await expect
      .element(page.getByRole('link', { name: passwordMessage, exact: true }))
      .toBeVisible()
    expect(messageUnder('Password')).toBe(passwordMessage)
    expect(messageUnder('Email')).toBeUndefined()
  })

  test('Backstack: two "This value is required." read with their labels', async () => {
    await render(<SignUpForm mode="backstack" />)
    await userEvent.click(page.getByRole('button', { name: 'Sign up' }))
    const summary = page.getByRole('region', { name: 'There is a problem' })
    await expect.element(summary).toHaveFocus()
    const links = summary.getByRole('link').elements()
    expect(links.map((link) => link.textContent)).toEqual([
      'Email: This value is required.',
      'Password: This value is required.',
    ])
    expect(messageUnder('Email')).toBe('This value is required.')
    expect(messageUnder('Password')).toBe('This value is required.')
  })

  test("a field array's own error links to the array's first input, in page order", async () => {
    // The array's error first, the field above it last: the summary follows the page.
    const answer = () => validationError({ tags: ['Keep one tag at most.'], email: ['Is taken.'] })
    await render(<SignUpForm answer={answer} />)
    await userEvent.click(page.getByRole('button', { name: 'Sign up' }))
    const summary = page.getByRole('region', { name: 'There is a problem' })
    await expect.element(summary).toHaveFocus()
    const links = summary.getByRole('link').elements() as HTMLAnchorElement[]
    expect(links.map((link) => link.textContent)).toEqual([
      'Email: Is taken.',
      'Tags: Keep one tag at most.',
    ])
    // The link points at an element that is there.
    const href = links[1]!.getAttribute('href')!
    expect(document.getElementById(decodeURIComponent(href.slice(1)))).toBe(
      page.getByLabelText('Tag 1').element(),
    )
    await userEvent.click(page.getByRole('link', { name: 'Tags: Keep one tag at most.' }))
    await expect.element(page.getByLabelText('Tag 1')).toHaveFocus()
  })

  test('a labels option names fields the page does not label, or renames them', async () => {
    function Bare() {
      const form = useForm<{ code: string }>({ shouldFocusError: false })
      return (
        <form noValidate onSubmit={form.handleSubmit(() => {})}>
          <ErrorSummary control={form.control} labels={{ code: 'Security code' }} />
          <input id="code" {...form.register('code', { required: 'Enter the code.' })} />
          <button type="submit">Send</button>
        </form>
      )
    }
    await render(<Bare />)
    await userEvent.click(page.getByRole('button', { name: 'Send' }))
    await expect
      .element(page.getByRole('link', { name: 'Security code: Enter the code.', exact: true }))
      .toBeVisible()
  })
})
