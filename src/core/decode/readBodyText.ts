import { MAX_TIMER_MS } from '../utils/maxTimerMs.js'
import type { DecodedBody } from './types.js'

/** A body read as text, or why it could not be: over the size cap, too slow, aborted, or broken off. */
export type BodyText =
  { text: string } | { failure: 'too-large' | 'too-slow' | 'aborted' | 'unreadable' }

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
  failure: 'too-large' | 'too-slow' | 'unreadable',
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

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number) {
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return { text: text + decoder.decode() }
      size += value.byteLength
      if (size > maxBytes) return { failure: 'too-large' } as const
      text += decoder.decode(value, { stream: true })
    }
  } catch {
    return { failure: 'unreadable' } as const
  }
}

/**
 * Reads a response body as text within `bounds`, so a huge, endless or trickling error body
 * cannot stall the app: past `maxBytes`, past `timeoutMs` or once `signal` aborts, the read is
 * cancelled and the failure reported. Never rejects; a stream that breaks off is `unreadable`.
 */
export async function readBodyText(response: Response, bounds: BodyBounds): Promise<BodyText> {
  const { signal } = bounds
  if (!response.body) return { text: '' }
  const reader = response.body.getReader()
  let stop!: (failure: 'too-slow' | 'aborted') => void
  const stopped = new Promise<BodyText>((resolve) => (stop = (failure) => resolve({ failure })))
  const onAbort = () => stop('aborted')
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer =
    bounds.timeoutMs === Infinity
      ? undefined
      : setTimeout(() => stop('too-slow'), Math.min(bounds.timeoutMs, MAX_TIMER_MS))
  try {
    const body = signal?.aborted
      ? undefined
      : await Promise.race([readAll(reader, bounds.maxBytes), stopped])
    // fetch's own signal breaks the stream off as it aborts: that is the abort, not a broken body.
    return body && ('text' in body || !signal?.aborted) ? body : { failure: 'aborted' }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    // A body read to its end is closed already; any other is given up so its connection is freed.
    reader.cancel().catch(() => {})
  }
}
