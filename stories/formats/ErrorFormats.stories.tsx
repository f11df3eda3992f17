import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { decodeError, type ErrorKind } from '../../src/core/index.js'
import { errorBodies } from '../../src/testing/index.js'
import { ApiErrorInspector } from './ApiErrorInspector.js'

type BodyName = keyof typeof errorBodies

interface FormatExampleProps {
  /** A body of `errorBodies`, from the `api-error-kit/testing` entry. */
  body: BodyName
  /** The HTTP status the body comes with. */
  status: number
}

/** The body as the server sent it, and the ApiError `decodeError` makes of it. */
function FormatExample({ body, status }: FormatExampleProps) {
  const error = decodeError(errorBodies[body], { status })
  return (
    <div className="format-example">
      <section aria-label="Body">
        <h2>Body (HTTP {status})</h2>
        <pre className="code-block" data-testid="body">
          {JSON.stringify(errorBodies[body], null, 2)}
        </pre>
      </section>
      <ApiErrorInspector error={error} />
    </div>
  )
}

const meta = {
  title: 'Error formats/decodeError',
  component: FormatExample,
  parameters: {
    docs: {
      description: {
        component:
          "One story per error shape React apps meet (bkend, Backstack, RFC 9457, JSON:API, GraphQL, Django, Laravel, FastAPI, Stripe, PostgREST, Firebase, and a body of no known shape): the body as the server sent it, and the one `ApiError` that `decodeError` makes of it, with its kind, a safe user message and field paths in react-hook-form's dotted form.",
      },
    },
  },
  argTypes: { body: { control: 'select', options: Object.keys(errorBodies) } },
} satisfies Meta<typeof FormatExample>

export default meta
type Story = StoryObj<typeof meta>

interface Expected {
  /** The status of the ApiError, when the body decides it (GraphQL answers 200). @default the HTTP status */
  status?: number
  format: string
  kind: ErrorKind
  /** A field path the body names, normalised to react-hook-form's dotted form. */
  field?: string
  /** A message that belongs to the whole form. */
  formError?: string
}

/** One story per body: its play checks what the decoder must read out of it. */
function example(body: BodyName, status: number, expected: Expected, name?: string): Story {
  const field = expected.field === undefined ? '' : `, a message for \`${expected.field}\``
  return {
    ...(name === undefined ? {} : { name }),
    args: { body, status },
    parameters: {
      docs: {
        description: {
          story: `\`errorBodies.${body}\` with HTTP ${status}: read as the ${expected.format} format, kind \`${expected.kind}\`${field}.`,
        },
      },
    },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement)
      // Long JSON wraps inside its column instead of running over the ApiError beside it.
      const pre = canvas.getByTestId('body')
      await expect(pre.scrollWidth).toBeLessThanOrEqual(pre.clientWidth)
      const inspector = canvas.getByRole('region', { name: 'ApiError' }).getBoundingClientRect()
      const beside = inspector.top < pre.getBoundingClientRect().bottom
      if (beside) {
        await expect(pre.getBoundingClientRect().right).toBeLessThanOrEqual(inspector.left)
      }
      await expect(canvas.getByTestId('status')).toHaveTextContent(
        String(expected.status ?? status),
      )
      await expect(canvas.getByTestId('format')).toHaveTextContent(expected.format)
      await expect(canvas.getByTestId('kind')).toHaveTextContent(expected.kind)
      await expect(canvas.getByTestId('user-message').textContent).not.toBe('')
      if (expected.field) {
        const fields = JSON.parse(canvas.getByTestId('fields').textContent ?? '{}')
        await expect(Object.keys(fields)).toContain(expected.field)
      }
      if (expected.formError) {
        await expect(canvas.getByTestId('form-errors')).toHaveTextContent(expected.formError)
      }
    },
  }
}

export const Bkend = example('bkend', 401, { format: 'bkend', kind: 'auth' })
export const BkendNest = example('bkendNest', 400, { format: 'bkend', kind: 'validation' })
export const Backstack = example('backstack', 400, {
  format: 'backstack',
  kind: 'validation',
  field: 'username',
})
export const BackstackPayload = example('backstackPayload', 400, {
  format: 'backstack',
  kind: 'validation',
})
export const ProblemDetails = example('problemDetails', 403, {
  format: 'problem-details',
  kind: 'permission',
})
export const ProblemDetailsValidation = example('problemDetailsValidation', 422, {
  format: 'problem-details',
  kind: 'validation',
  field: 'profile.color',
})
export const JsonApi = example(
  'jsonApi',
  422,
  { format: 'json-api', kind: 'validation', field: 'firstName' },
  'JSON:API',
)
export const GraphQL = example(
  'graphql',
  200,
  { status: 401, format: 'graphql', kind: 'auth' },
  'GraphQL',
)
export const Django = example('django', 400, {
  format: 'django',
  kind: 'validation',
  field: 'items.1.price',
  formError: 'The fields start_date and end_date must make a unique set.',
})
export const DjangoDetail = example('djangoDetail', 401, { format: 'django', kind: 'auth' })
export const Laravel = example('laravel', 422, {
  format: 'laravel',
  kind: 'validation',
  field: 'users.0.email',
})
export const FastApi = example(
  'fastApi',
  422,
  { format: 'fastapi', kind: 'validation', field: 'items.0.name' },
  'FastAPI',
)
export const FastApiDetail = example(
  'fastApiDetail',
  404,
  { format: 'django', kind: 'not-found' },
  'FastAPI detail',
)
export const Stripe = example('stripe', 402, { format: 'stripe', kind: 'validation' })
export const OpenAi = example('openAi', 401, { format: 'stripe', kind: 'auth' }, 'OpenAI')
export const PostgREST = example(
  'postgrest',
  409,
  { format: 'postgrest', kind: 'conflict' },
  'PostgREST',
)
export const Firebase = example('firebase', 400, { format: 'firebase', kind: 'validation' })
export const Generic = example('generic', 500, { format: 'generic', kind: 'server' })
