import { useApiQuery } from 'api-error-kit/query'
import { useState } from 'react'

/**
 * A table the user may not read: the 403 is the page's banner, with no Try again (asking again
 * gets the same answer). It belongs to this page: it goes when the user leaves. Ask again starts
 * the page's query afresh, so its answer is news again: a dismissed banner comes back, in the
 * error format now chosen.
 */
export function SecretsPage() {
  const [attempt, setAttempt] = useState(0)
  return (
    <section aria-labelledby="secrets-title" className="blog-page">
      <h2 id="secrets-title">Secrets</h2>
      {/* A new key mounts the query's watcher anew: the failure it meets is announced, where a
          plain refetch of the same refusal stays quiet (the same news as before). */}
      <SecretsAnswer key={attempt} onAskAgain={() => setAttempt((count) => count + 1)} />
    </section>
  )
}

function SecretsAnswer({ onAskAgain }: { onAskAgain: () => void }) {
  const secrets = useApiQuery<unknown>({ queryKey: ['secrets'], path: '/v1/data/secrets' })
  return (
    <>
      <p className="blog-hint">
        {secrets.error && !secrets.isFetching
          ? `Refused: ${secrets.error.code} (status ${secrets.error.status}, ${secrets.error.format} format).`
          : 'Loading secrets…'}
      </p>
      <button
        type="button"
        className="aek-button"
        onClick={onAskAgain}
        disabled={secrets.isFetching}
      >
        {secrets.isFetching ? 'Asking…' : 'Ask again'}
      </button>
    </>
  )
}
