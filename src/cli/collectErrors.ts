import { isRecord } from '../core/utils/isRecord.js'
import { findCodes, scanExample, type CodePath, type FoundCodes } from './findCodes.js'
import type { OpenApiDocument } from './readDocument.js'
import { resolveRef } from './resolveRef.js'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** The error statuses one operation declares (`404`, `4XX`, `default`), each with its codes. */
export interface OperationErrors {
  /** Its `operationId`, or `METHOD /path`. */
  key: string
  method: string
  path: string
  statuses: Map<string, Set<string>>
}

/** Every operation's errors, and where the document's error bodies hold their codes. */
export interface CollectedErrors {
  operations: OperationErrors[]
  paths: CodePath[]
}

/** `x-error-codes: [...]`, as strings or `{ code }` objects. */
const extensionCodes = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [])
    .map((item) => (isRecord(item) ? item.code : item))
    .filter((code): code is string => typeof code === 'string' && code !== '')

function responseCodes(document: OpenApiDocument, response: unknown, found: FoundCodes): void {
  const node = resolveRef(document, response)
  if (!isRecord(node)) return
  for (const code of extensionCodes(node['x-error-codes'])) found.codes.add(code)
  const content = resolveRef(document, node.content)
  if (!isRecord(content)) return
  for (const [mediaType, media] of Object.entries(content)) {
    const entry = resolveRef(document, media)
    if (!isRecord(entry)) continue
    const problem = /problem\+json/i.test(mediaType)
    findCodes(document, entry.schema, found, problem)
    scanExample(found, entry.example, [], problem)
    const examples = resolveRef(document, entry.examples)
    if (isRecord(examples))
      for (const example of Object.values(examples))
        scanExample(
          found,
          (resolveRef(document, example) as { value?: unknown })?.value,
          [],
          problem,
        )
  }
}

/** Reads the error responses (4xx, 5xx, `4XX`, `default`) of every operation of the document. */
export function collectErrors(document: OpenApiDocument): CollectedErrors {
  const operations: OperationErrors[] = []
  const paths = new Map<string, CodePath>()
  const pathItems = isRecord(document.paths) ? document.paths : {}
  for (const [path, item] of Object.entries(pathItems)) {
    const pathItem = resolveRef(document, item)
    if (!isRecord(pathItem)) continue
    for (const method of METHODS) {
      const operation = pathItem[method]
      if (!isRecord(operation)) continue
      const statuses = new Map<string, Set<string>>()
      const responses = resolveRef(document, operation.responses)
      for (const [status, response] of Object.entries(isRecord(responses) ? responses : {})) {
        if (!/^(?:[45](?:\d\d|XX)|default)$/i.test(status)) continue
        const found: FoundCodes = { codes: new Set(), paths }
        responseCodes(document, response, found)
        statuses.set(status === 'default' ? status : status.toUpperCase(), found.codes)
      }
      const declared = extensionCodes(operation['x-error-codes'])
      if (declared.length > 0) {
        const codes = statuses.get('default') ?? new Set<string>()
        for (const code of declared) codes.add(code)
        statuses.set('default', codes)
      }
      const key =
        typeof operation.operationId === 'string' && operation.operationId !== ''
          ? operation.operationId
          : `${method.toUpperCase()} ${path}`
      operations.push({ key, method: method.toUpperCase(), path, statuses })
    }
  }
  return { operations, paths: [...paths.values()] }
}
