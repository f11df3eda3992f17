import { useQueryClient } from '@tanstack/react-query'
import { useApiMutation, useApiQuery } from 'api-error-kit/query'
import { ErrorSummary, FieldError, useFieldErrorProps, useServerErrors } from 'api-error-kit/form'
import { useForm } from 'react-hook-form'

interface Post {
  id: string
  title: string
}

/**
 * The posts and a form for a new one. A failed save (a 500) is a toast with Try again; a title
 * the server refuses lands on its field.
 */
export function PostsPage() {
  const queryClient = useQueryClient()
  const posts = useApiQuery<{ items: Post[] }>({ queryKey: ['posts'], path: '/v1/data/posts' })
  const form = useForm<{ title: string }>({ defaultValues: { title: '' } })
  const serverErrors = useServerErrors(form)
  const publish = useApiMutation<Post, { title: string }>({
    path: '/v1/data/posts',
    form: serverErrors,
    onSuccess: () => {
      form.reset()
      void queryClient.invalidateQueries({ queryKey: ['posts'] })
    },
  })
  const title = useFieldErrorProps('title', { control: form.control })

  return (
    <section aria-labelledby="posts-title" className="blog-page">
      <h2 id="posts-title">Posts</h2>
      {posts.data ? (
        <ul aria-label="Posts" className="blog-list">
          {posts.data.items.map((post) => (
            <li key={post.id}>{post.title}</li>
          ))}
        </ul>
      ) : (
        <p>
          {posts.isPending && posts.fetchStatus === 'fetching'
            ? 'Loading posts…'
            : 'No posts to show.'}
        </p>
      )}
      <form
        noValidate
        aria-label="New post"
        className="blog-form"
        onSubmit={form.handleSubmit((values) => publish.mutate(values))}
      >
        <ErrorSummary control={form.control} />
        <label htmlFor={title.id}>Title</label>
        <input {...form.register('title')} {...title} />
        <FieldError name="title" control={form.control} />
        <button type="submit" className="aek-button" disabled={publish.isPending}>
          {publish.isPending ? 'Publishing…' : 'Publish'}
        </button>
      </form>
      <p role="status" className="blog-hint">
        {publish.isSuccess && `Published “${publish.data.title}”.`}
      </p>
    </section>
  )
}
