import type { MockContext, StoredResponse } from './context.js'

async function store(response: Response): Promise<StoredResponse> {
  const copy = response.clone()
  return { status: copy.status, headers: [...copy.headers], body: await copy.arrayBuffer() }
}

/**
 * Runs a POST once per `Idempotency-Key` (and API key): repeats get the first answer again,
 * marked `Idempotent-Replayed: true`, with no second side effect. Failed attempts (5xx or
 * aborted) are forgotten so a retry runs for real.
 */
export async function withIdempotency(
  ctx: MockContext,
  key: string,
  run: () => Promise<Response>,
): Promise<Response> {
  const { idempotency, recorder } = ctx.state
  recorder.bump(recorder.counters.postsByIdempotencyKey, key)
  const slot = `${ctx.apiKey ?? ''} ${key}`
  const stored = idempotency.get(slot)
  if (stored) {
    const { status, headers, body } = await stored
    if (status === 0) return Response.error()
    const replay = new Response(status === 204 ? null : body, { status, headers })
    replay.headers.set('idempotent-replayed', 'true')
    return replay
  }
  const pending = run().then(async (response) => ({ response, stored: await store(response) }))
  const first = pending.then((result) => result.stored)
  first.catch(() => undefined)
  idempotency.set(slot, first)
  try {
    const { response } = await pending
    if (response.type === 'error' || response.status >= 500) idempotency.delete(slot)
    return response
  } catch (error) {
    idempotency.delete(slot)
    throw error
  }
}
