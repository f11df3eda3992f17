import { toActionError } from 'api-error-kit'
import { ErrorBanner } from 'api-error-kit/ui'
import { isLocale, loadLocale } from '@/lib/locales'
import { serverApi } from '@/lib/serverApi'

interface Secret {
  id: string
  value: string
}

// A Server Component that reads a table the server's account may not read. Its error crosses to
// the page as plain data (`toActionError`: no developer message, no raw body) and shows in the
// first HTML, in the page's language, as a named region rather than an alert: it was there as
// the page loaded.
export default async function SecretsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const { text } = await loadLocale(isLocale(locale) ? locale : 'en')
  const api = await serverApi()
  const secrets = await api.get<{ items: Secret[] }>('/v1/data/secrets').then(
    (page) => ({ items: page.items, error: undefined }),
    (error: unknown) => ({ items: [], error: toActionError(error) }),
  )
  return (
    <main>
      <h1>{text.secrets}</h1>
      <ErrorBanner error={secrets.error} />
      <ul>
        {secrets.items.map((secret) => (
          <li key={secret.id}>{secret.value}</li>
        ))}
      </ul>
    </main>
  )
}
