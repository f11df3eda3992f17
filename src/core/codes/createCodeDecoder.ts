import { builtInDecoders } from '../decode/builtInDecoders.js'
import { tryDecoders } from '../decode/tryDecoders.js'
import type { ErrorDecoder } from '../decode/types.js'
import { isRecord } from '../utils/isRecord.js'
import { own } from '../utils/own.js'
import { readString } from '../utils/readString.js'

/** Where an API puts its error codes, and the code each one becomes. */
export interface CodeDecoderOptions {
  /** The decoder's name. */
  name: string
  /** Each code as the API sends it (`invalid_client`, a problem `type` URI) and the ApiError code it becomes. */
  codes: Readonly<Record<string, string>>
  /** Where a body holds its code: member names from the body down (`['error', 'code']`); a number picks an array item. */
  paths: readonly (readonly (string | number)[])[]
}

/**
 * A decoder for the codes of one API, as `api-error-kit codegen` writes them from its OpenAPI
 * document: a body whose code (at one of `paths`) is one of `codes` gets that code, and
 * everything else (message, fields, status) is read as the built-in decoders read it.
 * Bodies with any other code are left to the other decoders. Register it with `registerDecoder`.
 *
 * @example
 * registerDecoder(createCodeDecoder({
 *   name: 'payments',
 *   paths: [['error', 'code']],
 *   codes: { invalid_client: 'payments/invalid-client' },
 * }))
 */
export function createCodeDecoder({ name, codes, paths }: CodeDecoderOptions): ErrorDecoder {
  return {
    name,
    decode(body, context) {
      for (const path of paths) {
        let holder: unknown
        let value: unknown = body
        for (const key of path) {
          holder = value
          value = isRecord(value) || Array.isArray(value) ? (value as never)[key] : undefined
        }
        const code = typeof value === 'string' ? own(codes, value) : undefined
        if (code === undefined || !isRecord(holder)) continue
        const read = tryDecoders(builtInDecoders, body as object, context)
        return {
          ...read,
          format: read?.format ?? name,
          code,
          message:
            read?.message ??
            readString(holder.message ?? holder.description ?? holder.detail ?? holder.title),
        }
      }
      return undefined
    },
  }
}
