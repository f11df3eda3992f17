import { useState } from 'react'
import { useApiQuery } from '../../src/query/index.js'
import { DemoCard } from './DemoCard.js'

/** A table the user may not read: the 403 becomes the page banner, not a toast. */
export function ForbiddenDemo() {
  const [open, setOpen] = useState(false)
  const secrets = useApiQuery<unknown>({
    queryKey: ['secrets'],
    path: '/v1/data/secrets',
    enabled: open,
  })
  const error = secrets.error

  return (
    <DemoCard
      title="Forbidden"
      description="The secrets table answers 403: the page shows a banner at the top."
    >
      {/* Asks again once open: the banner of a 403 offers no Try again, which would meet it anew. */}
      <button
        type="button"
        className="aek-button"
        onClick={() => (open ? void secrets.refetch() : setOpen(true))}
      >
        Open the secrets
      </button>
      <p role="status" className="demo-result">
        {error && `Refused: ${error.code} (status ${error.status}, ${error.format} format).`}
      </p>
    </DemoCard>
  )
}
