import { useApiQuery } from 'api-error-kit/query'

/**
 * A table the user may not read: the 403 is the page's banner, with no Try again (asking again
 * gets the same answer). It belongs to this page: it goes when the user leaves.
 */
export function SecretsPage() {
  const secrets = useApiQuery<unknown>({ queryKey: ['secrets'], path: '/v1/data/secrets' })
  return (
    <section aria-labelledby="secrets-title" className="blog-page">
      <h2 id="secrets-title">Secrets</h2>
      <p className="blog-hint">
        {secrets.error
          ? `Refused: ${secrets.error.code} (status ${secrets.error.status}, ${secrets.error.format} format).`
          : 'Loading secrets…'}
      </p>
    </section>
  )
}
