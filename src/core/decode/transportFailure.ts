import type { DecodedBody } from './types.js'

/** The failures of a request that got no response. */
export type TransportKind = 'aborted' | 'timeout' | 'network'

const CODES: Record<TransportKind, [code: string, fallback: string]> = {
  aborted: ['request/aborted', 'The request was aborted.'],
  timeout: ['request/timeout', 'The request timed out.'],
  network: ['network/failed', 'The network request failed.'],
}

/** A request that got no response, decoded: an abort, a timeout or a network failure. */
export function transportFailure(
  kind: TransportKind,
  message: unknown,
): DecodedBody & { kind: TransportKind; code: string } {
  const [code, fallback] = CODES[kind]
  const text = typeof message === 'string' ? message.slice(0, 2000) : ''
  return { format: 'fetch', kind, code, message: text || fallback }
}
