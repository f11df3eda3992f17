import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { decodeError } from '../../src/core/index.js'
import { ErrorSummary, FieldError } from '../../src/form/index.js'
import { errorBodies } from '../../src/testing/index.js'
import { ServerErrorForm } from './ServerErrorForm.js'

const meta = {
  title: 'Forms/ErrorSummary and FieldError',
  component: ServerErrorForm,
  subcomponents: { ErrorSummary, FieldError },
  tags: ['autodocs'],
  argTypes: { error: { control: false } },
} satisfies Meta<typeof ServerErrorForm>

export default meta
type Story = StoryObj<typeof meta>

const submit = (canvasElement: HTMLElement) =>
  userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }))

/**
 * Django's nested errors: a message per field (one in the second row of a list), and a
 * form-level one as plain text at the top. The summary takes focus; each link focuses its field.
 */
export const NestedFields: Story = {
  args: {
    error: decodeError(errorBodies.django, { status: 400 }),
    fields: [
      { name: 'email', label: 'Email' },
      { name: 'items.0.price', label: 'First item price' },
      { name: 'items.1.price', label: 'Second item price' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await submit(canvasElement)
    const summary = await canvas.findByRole('region')
    await waitFor(() => expect(summary).toHaveFocus())
    await expect(summary).toHaveTextContent(
      'The fields start_date and end_date must make a unique set.',
    )
    const priceMessage = 'Ensure this value is greater than or equal to 0.'
    const price = canvas.getByLabelText('Second item price')
    await expect(price).toHaveAttribute('aria-invalid', 'true')
    await expect(canvas.getByLabelText('First item price')).not.toHaveAttribute('aria-invalid')
    await userEvent.click(within(summary).getByRole('link', { name: priceMessage }))
    await expect(price).toHaveFocus()
    await userEvent.type(price, '12')
    await expect(price).not.toHaveAttribute('aria-invalid')
    await expect(canvas.queryByText(priceMessage, { selector: 'p' })).toBeNull()
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
  },
}

/** Laravel's snake_case names mapped to the form's camelCase; every message of a field kept. */
export const RenamedFields: Story = {
  args: {
    error: decodeError(errorBodies.laravel, { status: 422 }),
    snakeCase: true,
    fields: [
      { name: 'teamName', label: 'Team name' },
      { name: 'authorization.role', label: 'Role' },
      { name: 'users.0.email', label: 'First member email' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await submit(canvasElement)
    await expect(
      await canvas.findByText(
        'The team name must be a string. The team name must be at least 1 characters.',
        { selector: 'p' },
      ),
    ).toBeVisible()
    await expect(canvas.getByLabelText('Team name')).toHaveAttribute('aria-invalid', 'true')
    await expect(canvas.getByLabelText('First member email')).toHaveAccessibleDescription(
      'The users.0.email field is required.',
    )
  },
}

/** Messages for fields the form does not have go to `root.server`: nothing is lost. */
export const UnknownFields: Story = {
  args: {
    error: decodeError(errorBodies.laravel, { status: 422 }),
    fields: [{ name: 'users.0.email', label: 'Email' }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await submit(canvasElement)
    const summary = await canvas.findByRole('region')
    await expect(summary).toHaveTextContent('The selected authorization.role is invalid.')
    await expect(summary).toHaveTextContent('The team name must be a string.')
    await expect(within(summary).getAllByRole('link')).toHaveLength(1)
  },
}

/** `FieldError` on its own, without a summary: the message under its input, described by it. */
export const FieldErrorOnly: Story = {
  args: {
    error: decodeError(errorBodies.jsonApi, { status: 422 }),
    summary: false,
    fields: [{ name: 'firstName', label: 'First name' }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await submit(canvasElement)
    const input = canvas.getByLabelText('First name')
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('First name must contain at least two characters.'),
    )
    await waitFor(() => expect(input).toHaveFocus())
    await expect(canvas.queryByRole('region')).toBeNull()
  },
}

/**
 * Two forms with the same field names on one page, each given its own `getFieldId`: every id is
 * unique, so each input is described by its own form's message and each summary links to its
 * own inputs. Each summary has its own title, which names its region.
 */
export const TwoForms: Story = {
  args: {
    error: decodeError(errorBodies.jsonApi, { status: 422 }),
    fields: [{ name: 'firstName', label: 'First name' }],
  },
  render: (args) => (
    <>
      <ServerErrorForm
        {...args}
        idPrefix="billing"
        summaryTitle="There is a problem with billing"
      />
      <ServerErrorForm
        {...args}
        idPrefix="shipping"
        summaryTitle="There is a problem with shipping"
      />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const message = 'First name must contain at least two characters.'
    for (const prefix of ['billing', 'shipping']) {
      const form = within(canvas.getByRole('form', { name: `Server errors (${prefix})` }))
      await userEvent.click(form.getByRole('button', { name: 'Save' }))
      const input = form.getByLabelText('First name')
      await waitFor(() => expect(input).toHaveAccessibleDescription(message))
      await expect(input).toHaveAttribute('aria-describedby', `${prefix}-firstName-error`)
      await expect(within(form.getByRole('region')).getByRole('link')).toHaveAttribute(
        'href',
        `#${prefix}-firstName`,
      )
    }
    const ids = [...canvasElement.querySelectorAll('[id]')].map((element) => element.id)
    await expect(new Set(ids).size).toBe(ids.length)
  },
}
