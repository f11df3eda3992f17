import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useApiMutation } from '../../src/query/index.js'
import { demoApi } from '../support/mockApi.js'
import { DemoCard } from './DemoCard.js'

interface NewPost {
  title: string
}

/** A save that meets a 500 once: the error is a toast with Retry, and the retry succeeds. */
export function ServerFailureDemo() {
  const queryClient = useQueryClient()
  const [published, setPublished] = useState<string>()
  const publish = useApiMutation<{ title: string }, NewPost>({
    path: '/v1/data/posts',
    onSuccess: (post) => {
      setPublished(post.title)
      void queryClient.invalidateQueries({ queryKey: ['posts'] })
    },
  })

  function publishDuringOutage() {
    demoApi().control.fault({
      type: 'status',
      status: 500,
      match: { method: 'POST', path: '/v1/data/posts' },
    })
    setPublished(undefined)
    publish.mutate({ title: `Draft ${new Date().toLocaleTimeString('en-GB')}` })
  }

  return (
    <DemoCard
      title="Server failure"
      description="The next save fails with a 500: a toast offers Retry, and the retry goes through."
    >
      <button
        type="button"
        className="aek-button"
        onClick={publishDuringOutage}
        disabled={publish.isPending}
      >
        Publish a post
      </button>
      <p role="status" className="demo-result">
        {published && `Published “${published}”.`}
      </p>
    </DemoCard>
  )
}
