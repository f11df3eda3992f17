import type { DecodeContext, DecodedBody, ErrorDecoder } from './types.js'

/** What the first of `decoders` that recognises `body` reads from it; a decoder that throws is skipped. */
export function tryDecoders(
  decoders: readonly ErrorDecoder[],
  body: object,
  context: DecodeContext,
): DecodedBody | undefined {
  for (const decoder of decoders) {
    try {
      const decoded = decoder.decode(body, context)
      if (decoded) return decoded
    } catch {
      // A broken decoder must not break error handling: the next one gets its chance.
    }
  }
  return undefined
}
