import type { ErrorDecoder } from './types.js'

/** Decoders registered by the app; tried before the built-in ones, the latest first. */
export const userDecoders: ErrorDecoder[] = []

/**
 * Registers a decoder for your API's own error format. It is tried before the built-in decoders,
 * so it can also override how a known format is read. Returns a function that unregisters it.
 *
 * @example
 * registerDecoder({
 *   name: 'acme',
 *   decode: (body) => isRecord(body) && typeof body.acmeError === 'string'
 *     ? { format: 'acme', message: body.acmeError, code: `acme/${body.acmeCode}` } : undefined,
 * })
 */
export function registerDecoder(decoder: ErrorDecoder): () => void {
  if (typeof decoder?.decode !== 'function' || typeof decoder.name !== 'string') {
    throw new TypeError(
      'registerDecoder needs an object with a `name` string and a `decode(body, context)` function.',
    )
  }
  userDecoders.unshift(decoder)
  return () => {
    const index = userDecoders.indexOf(decoder)
    if (index !== -1) userDecoders.splice(index, 1)
  }
}
