'use client'

import { useApiQuery } from 'api-error-kit/query'

interface Record {
  id: string
  title: string
}
type Page = { items: Record[] }

function Items({ items }: { items: Record[] | undefined }) {
  return (
    <ul>
      {items?.map((item) => (
        <li key={item.id}>{item.title}</li>
      ))}
    </ul>
  )
}

/** Hydrated from the Server Component's prefetch: no request from the page. */
export function PostList({ title }: { title: string }) {
  const posts = useApiQuery<Page>({ queryKey: ['posts'], path: '/v1/data/posts' })
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <Items items={posts.data?.items} />
    </section>
  )
}

/** Fetched by the page with the user's token: an expired one is refreshed once, unseen. */
export function TodoList({ title, loading }: { title: string; loading: string }) {
  const todos = useApiQuery<Page>({ queryKey: ['todos'], path: '/v1/data/todos' })
  return (
    <section aria-label={title} aria-busy={todos.isPending}>
      <h2>{title}</h2>
      {todos.isPending ? <p>{loading}</p> : <Items items={todos.data?.items} />}
    </section>
  )
}

/** A table the user may not read: the error goes to the page's banner, in the page's language. */
export function SecretList({ title }: { title: string }) {
  const secrets = useApiQuery<Page>({ queryKey: ['secrets'], path: '/v1/data/secrets' })
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <Items items={secrets.data?.items} />
    </section>
  )
}
