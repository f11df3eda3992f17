import { MAX_BODY_CHARS } from '../decodeText.js'
import type { ThrownRead } from './types.js'

/**
 * A body a client handed over: bytes (axios' `arraybuffer` response type, a Node `Buffer`) as
 * text, a `Blob` (axios' `blob` response type) left for `decodeErrorAsync` to read, anything else
 * as it is. Bytes past the body cap are not decoded.
 */
export function readBinaryBody(data: unknown): Pick<ThrownRead, 'body' | 'unread' | 'decoded'> {
  if (typeof Blob !== 'undefined' && data instanceof Blob) return { unread: data }
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : undefined
  if (!bytes) return { body: data }
  if (bytes.byteLength > MAX_BODY_CHARS)
    return { decoded: { format: 'too-large', message: 'The error body was too large to read.' } }
  return { body: new TextDecoder().decode(bytes) }
}
