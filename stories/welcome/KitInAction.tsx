import { useForm } from 'react-hook-form'
import { FieldError, useFieldErrorProps, useServerErrors } from '../../src/form/index.js'
import { useApiMutation } from '../../src/query/index.js'
import { PageError } from '../../src/ui/index.js'
import { demoApi } from '../support/mockApi.js'

interface Post {
  id: string
  title: string
}

const POSTS = { method: 'POST', path: '/v1/data/posts' }

/** One way for the next save to fail, the button that arms it, and where the error lands. */
interface Failure {
  label: string
  goesTo: string
  arm: () => void
}

const failures: Failure[] = [
  {
    label: '400, fields named in the body',
    goesTo: 'on the field',
    arm: () =>
      demoApi().control.fault({
        type: 'status',
        status: 400,
        match: POSTS,
        // Backstack's envelope, while the app talks to bkend: every format decodes alike.
        body: {
          error: {
            type: 'user',
            code: 400,
            message: 'Required values are missing.',
            fields: { title: 'Give the post a title of 3 characters or more.' },
          },
        },
      }),
  },
  {
    label: '403, no access',
    goesTo: 'a banner',
    arm: () => demoApi().control.fault({ type: 'status', status: 403, match: POSTS }),
  },
  {
    label: '429, Retry-After: 5',
    goesTo: 'a countdown',
    arm: () =>
      demoApi().control.fault({
        type: 'status',
        status: 429,
        headers: { 'retry-after': '5' },
        cooldownMs: 5000,
        match: POSTS,
      }),
  },
  {
    label: '500, server down',
    goesTo: 'a toast with Try again',
    arm: () => demoApi().control.fault({ type: 'status', status: 500, match: POSTS }),
  },
  {
    label: '401, token expired',
    goesTo: 'refreshed once, unseen',
    arm: () => demoApi().control.expireAllTokens(),
  },
]

/**
 * One Publish button of a tiny app on the kit, and five ways for its request to fail: each error
 * goes to the one place that helps, through `useApiMutation`, `useServerErrors`, `PageError`
 * and the toaster, with no error handling written in the component.
 */
export function KitInAction() {
  const form = useForm<{ title: string }>({ defaultValues: { title: 'Errors that land well' } })
  const serverErrors = useServerErrors(form, { getFieldId: (name) => `welcome-${name}` })
  const publish = useApiMutation<Post, { title: string }>({
    path: '/v1/data/posts',
    form: serverErrors,
  })
  const title = useFieldErrorProps('title', {
    control: form.control,
    id: 'welcome-title',
    errorId: 'welcome-title-error',
  })
  const send = form.handleSubmit((values) => publish.mutate(values))

  return (
    <div className="kit-in-action">
      <fieldset className="kit-failures">
        <legend>Make the next save fail with</legend>
        {failures.map((failure) => (
          <button
            key={failure.label}
            type="button"
            className="aek-button"
            onClick={() => {
              failure.arm()
              void send()
            }}
          >
            <span>{failure.label}</span>
            <span className="kit-goes-to">→ {failure.goesTo}</span>
          </button>
        ))}
      </fieldset>
      <section aria-label="A tiny app" className="kit-app">
        <PageError />
        <form noValidate aria-label="New post" className="demo-form" onSubmit={send}>
          <label htmlFor={title.id}>Title</label>
          <input {...form.register('title')} {...title} />
          <FieldError
            name="title"
            control={form.control}
            id="welcome-title-error"
            className="demo-field-error"
          />
          <button type="submit" className="aek-button" disabled={publish.isPending}>
            {publish.isPending ? 'Publishing…' : 'Publish'}
          </button>
        </form>
        <p role="status" className="demo-description">
          {publish.isSuccess && `Published “${publish.data.title}”.`}
        </p>
      </section>
    </div>
  )
}
