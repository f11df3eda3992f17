import type { DecodedBody } from './types.js'

/** A body read as text, or why it could not be: over the size cap, or broken off. */
export type BodyText = { text: string } | { failure: 'too-large' | 'unreadable' }

/** A body that could not be read, as a decoded body of its own format: `too-large` or `unreadable`. */
export function bodyFailure(failure: 'too-large' | 'unreadable', maxBytes: number): DecodedBody {
  const message =
    failure === 'too-large'
      ? `The error body was over ${maxBytes} bytes, so it was not read.`
      : 'The error body broke off before it was complete.'
  return { format: failure, message }
}

/**
 * Reads a response body as text, stopping at `maxBytes` so a huge error page cannot stall the
 * app. Never rejects: a body over the cap or a stream that breaks off is reported as a failure.
 */
export async function readBodyText(response: Response, maxBytes: number): Promise<BodyText> {
  if (!response.body) return { text: '' }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return { text: text + decoder.decode() }
      size += value.byteLength
      if (size > maxBytes) {
        void reader.cancel().catch(() => {})
        return { failure: 'too-large' }
      }
      text += decoder.decode(value, { stream: true })
    }
  } catch {
    return { failure: 'unreadable' }
  }
}
