import { decodeWith } from './decodePipeline.js'
import { FORMAT_ORDER } from './formatOrder.js'
import type { Decode, ErrorDecoder } from './types.js'

/** Where a format is tried: an app's own formats first, in the order given, then the built-ins. */
const rank = (decoder: ErrorDecoder) => FORMAT_ORDER.indexOf(decoder.name)

/**
 * Builds a decoder from just the formats an app meets, so the others stay out of its bundle. It
 * works as `decodeError` does (bodies, text, thrown `Error`s, `ApiError`s, never throws), trying
 * the chosen formats in the all-formats order whatever order they are given in: a body of a
 * chosen format is read exactly as `decodeError` reads it. Formats of your own (any other name)
 * are tried first, in the order given. Decoders registered with `registerDecoder` come before all.
 *
 * @param formats - format decoders: `bkendDecoder`, `problemDetailsDecoder`... or a preset such
 *   as `bkendFormats`.
 * @example
 * const decode = createDecoder([problemDetailsDecoder, genericDecoder])
 * const api = createApiClient({ baseUrl, decode })
 * decode(await response.json(), { status: response.status }).code // 'http/422'
 */
export function createDecoder(formats: readonly ErrorDecoder[]): Decode {
  if (!Array.isArray(formats)) {
    throw new TypeError(
      'createDecoder needs an array of format decoders, such as [bkendDecoder, genericDecoder] or bkendFormats.',
    )
  }
  for (const format of formats) {
    if (typeof format?.decode !== 'function' || typeof format.name !== 'string') {
      throw new TypeError(
        'createDecoder needs format decoders with a `name` string and a `decode(body, context)` function, such as bkendDecoder.',
      )
    }
  }
  const ordered = [...new Set(formats)].sort((a, b) => rank(a) - rank(b))
  return (input, context = {}) => decodeWith(ordered, input, context)
}
