import { useApiMutation } from '../../src/query/index.js'
import { demoApi } from '../support/mockApi.js'
import { DemoCard } from './DemoCard.js'

const RETRY_AFTER_SECONDS = 2

/**
 * A request the server answers with 429 and `Retry-After: 2`: the error is routed to the
 * countdown at the top of the page, whose Retry button works once the wait is over.
 */
export function RateLimitDemo() {
  const send = useApiMutation<{ id: string }, { title: string }>({ path: '/v1/data/todos' })

  function sendTooSoon() {
    demoApi().control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      cooldownMs: RETRY_AFTER_SECONDS * 1000,
      match: { method: 'POST', path: '/v1/data/todos' },
    })
    send.mutate({ title: 'Say hello' })
  }

  return (
    <DemoCard
      title="Rate limit"
      description={`The next request is refused with 429 and Retry-After: ${RETRY_AFTER_SECONDS}. Wait for the countdown, then retry.`}
    >
      <button type="button" className="aek-button" onClick={sendTooSoon} disabled={send.isPending}>
        Send a todo
      </button>
      <p role="status" className="demo-result">
        {send.isSuccess &&
          `Sent after the wait. Requests sent too early: ${demoApi().stats.earlyRequests}.`}
      </p>
    </DemoCard>
  )
}
