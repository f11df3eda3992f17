import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { DecoderPlayground } from './DecoderPlayground.js'

const meta = {
  title: 'Playground/Decoder',
  component: DecoderPlayground,
  parameters: {
    docs: {
      description: {
        component:
          'Paste a response body your API sends (or pick an example), set its status and headers, and see the `ApiError` that `decodeError` makes of it and the channel `routeError` sends it to: a field, a banner, a countdown, a toast or the session.',
      },
    },
  },
} satisfies Meta<typeof DecoderPlayground>

export default meta
type Story = StoryObj<typeof meta>

async function replace(element: HTMLElement, text: string) {
  await userEvent.clear(element)
  element.focus()
  // Pasted, not typed: user-event reads `{` and `[` in typed text as key names.
  await userEvent.paste(text)
}

/** Pick an example and watch its channel follow where the error came from. */
export const Examples: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.selectOptions(canvas.getByLabelText('Example'), 'laravel')
    await expect(canvas.getByLabelText('Status')).toHaveValue('422')
    await expect(canvas.getByTestId('format')).toHaveTextContent('laravel')
    await expect(canvas.getByTestId('fields')).toHaveTextContent('users.0.email')
    const channel = canvas.getByTestId('channel')
    await expect(channel).toHaveTextContent('toast')
    await userEvent.click(canvas.getByLabelText('A form is attached'))
    await expect(channel).toHaveTextContent('field')
    await userEvent.click(canvas.getByLabelText('A form is attached'))
    await userEvent.selectOptions(canvas.getByLabelText('Source'), 'query')
    await expect(channel).toHaveTextContent('banner')
    await userEvent.click(canvas.getByLabelText('The query has data on screen'))
    await expect(channel).toHaveTextContent('toast')
  },
}

/** A pasted 429 with `Retry-After` in the headers: a countdown of five seconds. */
export const PastedRateLimit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await replace(canvas.getByLabelText('Body'), '{"message": "Slow down"}')
    await replace(canvas.getByLabelText('Status'), '429')
    await replace(canvas.getByLabelText('Headers (JSON)'), '{"retry-after": "5"}')
    await expect(canvas.getByTestId('kind')).toHaveTextContent('rate-limit')
    await expect(canvas.getByTestId('retry-after')).toHaveTextContent('5000')
    await expect(canvas.getByTestId('channel')).toHaveTextContent('countdown')
  },
}

/** An HTML error page from a proxy decodes too: a server error, no markup shown. */
export const PastedHtml: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await replace(
      canvas.getByLabelText('Body'),
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
    )
    await replace(canvas.getByLabelText('Status'), '502')
    await replace(canvas.getByLabelText('Headers (JSON)'), 'not json')
    await expect(canvas.getByText(/Headers must be a JSON object/)).toBeVisible()
    await expect(canvas.getByTestId('kind')).toHaveTextContent('server')
    await expect(canvas.getByTestId('code')).toHaveTextContent('http/502')
    await expect(canvasElement.querySelector('h1')).toBeNull()
  },
}
