import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import { createErrorHub } from 'api-error-kit/react'
import { createQueryClient } from 'api-error-kit/query'
import { isLocale, loadLocale } from '@/lib/locales'
import { serverApi } from '@/lib/serverApi'
import { PostList, SecretList, TodoList } from './lists'

// A Server Component: it prefetches the posts with the kit's query client (a plain function on
// the server) and hands them to the page, which shows them without fetching them again.
export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const { text } = await loadLocale(isLocale(locale) ? locale : 'en')
  const queryClient = createQueryClient({ hub: createErrorHub() })
  const api = await serverApi()
  await queryClient.prefetchQuery({
    queryKey: ['posts'],
    queryFn: ({ signal }) => api.get('/v1/data/posts', { signal }),
  })
  return (
    <main>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PostList title={text.posts} />
      </HydrationBoundary>
      <TodoList title={text.todos} loading={text.loading} />
      <SecretList title={text.secrets} />
      <p>
        <a href={`/${locale}/sign-in`}>{text.signIn}</a>
      </p>
    </main>
  )
}
