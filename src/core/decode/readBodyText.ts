import { MAX_TIMER_MS } from '../utils/maxTimerMs.js'
import type { DecodedBody } from './types.js'

type Failure = 'too-large' | 'too-slow' | 'aborted' | 'unreadable'

/** A body read as text, or why it could not be: over the size cap, too slow, aborted, or broken off. */
export type BodyText = { text: string } | { failure: Failure }

/** What bounds a body read: its size in bytes, its time in milliseconds and the caller's signal. */
export interface BodyBounds {
  maxBytes: number
  timeoutMs: number
  signal: AbortSignal | undefined
}

/**
 * A body that could not be read for its size, its time or a break, as a decoded body of its own
 * format (`too-large`, `too-slow`, `unreadable`) that says why.
 */
export function bodyFailure(
  failure: Exclude<Failure, 'aborted'>,
  bounds: Pick<BodyBounds, 'maxBytes' | 'timeoutMs'>,
): DecodedBody {
  const message =
    failure === 'too-large'
      ? `The error body was over ${bounds.maxBytes} bytes, so it was not read.`
      : failure === 'too-slow'
        ? `The error body took longer than ${bounds.timeoutMs} ms to arrive, so it was not read.`
        : 'The error body broke off before it was complete.'
  return { format: failure, message }
}

/**
 * Reads a response body as text within `bounds`, so a huge, endless or trickling error body
 * cannot stall the app: past `maxBytes`, past `timeoutMs` or once `signal` aborts, the read is
 * cancelled (which ends a read still waiting) and the failure reported. Never rejects; a stream
 * that breaks off is `unreadable`.
 */
export async function readBodyText(response: Response, bounds: BodyBounds): Promise<BodyText> {
  const { signal } = bounds
  const reader = response.body?.getReader()
  if (!reader) return { text: '' }
  let failure: Failure | undefined
  const stop = (why: Failure) => {
    failure ??= why
    reader.cancel().catch(() => {})
  }
  const onAbort = () => stop('aborted')
  if (signal?.aborted) onAbort()
  signal?.addEventListener('abort', onAbort)
  const timer =
    bounds.timeoutMs < Infinity
      ? setTimeout(stop, Math.min(bounds.timeoutMs, MAX_TIMER_MS), 'too-slow')
      : undefined
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (failure) return { failure }
      if (done) return { text: text + decoder.decode() }
      size += value.byteLength
      if (size > bounds.maxBytes) stop('too-large')
      else text += decoder.decode(value, { stream: true })
    }
  } catch {
    // fetch's own signal breaks the stream off as it aborts: that is the abort, not a broken body.
    return { failure: failure ?? (signal?.aborted ? 'aborted' : 'unreadable') }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}
