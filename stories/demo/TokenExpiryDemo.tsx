import { useState } from 'react'
import { useApiQuery } from '../../src/query/index.js'
import { demoApi } from '../support/mockApi.js'
import { DemoCard } from './DemoCard.js'

interface Page<T> {
  items: T[]
  total: number
}

/**
 * Two lists that meet an expired access token at the same moment: the client refreshes it once,
 * replays both requests, and nobody sees an error.
 */
export function TokenExpiryDemo() {
  const posts = useApiQuery<Page<{ id: string; title: string }>>({
    queryKey: ['posts'],
    path: '/v1/data/posts',
  })
  const todos = useApiQuery<Page<{ id: string }>>({ queryKey: ['todos'], path: '/v1/data/todos' })
  const [refreshCalls, setRefreshCalls] = useState<number>()
  const [reloading, setReloading] = useState(false)

  async function expireAndReload() {
    setReloading(true)
    demoApi().control.expireAllTokens()
    await Promise.all([posts.refetch(), todos.refetch()])
    setRefreshCalls(demoApi().stats.refreshCalls)
    setReloading(false)
  }

  return (
    <DemoCard
      title="Token expiry"
      description="Expire the access token, then both lists reload: one refresh, no error on screen."
    >
      {posts.data ? (
        <ul aria-label="Posts" className="demo-list">
          {posts.data.items.map((post) => (
            <li key={post.id}>{post.title}</li>
          ))}
        </ul>
      ) : (
        <p>Loading posts…</p>
      )}
      <p>{todos.data ? `${todos.data.total} todos` : 'Loading todos…'}</p>
      <button
        type="button"
        className="aek-button"
        onClick={() => void expireAndReload()}
        disabled={reloading}
      >
        Expire my token
      </button>
      <p role="status" className="demo-result">
        {reloading && 'Reloading with an expired token…'}
        {!reloading &&
          refreshCalls !== undefined &&
          `Reloaded. Token refreshes: ${refreshCalls} for ${posts.data ? 2 : 0} requests.`}
      </p>
    </DemoCard>
  )
}
