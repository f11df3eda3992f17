import { isRecord } from '../core/utils/isRecord.js'
import type { OpenApiDocument } from './readDocument.js'

/** What a JSON pointer (`#/components/schemas/Error`) names in the document. */
function pointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined // another file or a URL: read without network, never
  let node: unknown = document
  for (const part of ref.slice(2).split('/')) {
    const key = decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~')
    node =
      isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined
  }
  return node
}

/** `value` with its local `$ref`s followed (at most 32 hops, so a loop of refs ends). */
export function resolveRef(document: OpenApiDocument, value: unknown): unknown {
  for (let hops = 0; hops < 32 && isRecord(value) && typeof value.$ref === 'string'; hops++)
    value = pointer(document, value.$ref)
  return value
}
