import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** An OpenAPI 3 document as parsed: plain JSON values. */
export type OpenApiDocument = Record<string, unknown>

/** Reads an OpenAPI 3 document in YAML or JSON (JSON is YAML too); throws a one-line reason. */
export function readDocument(file: string): OpenApiDocument {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`Cannot read ${file}: check the path of your OpenAPI document.`)
  }
  let document: unknown
  try {
    document = parse(text, { maxAliasCount: 1000 })
  } catch (error) {
    throw new Error(
      `${file} is neither JSON nor YAML (${(error as Error).message.split('\n')[0]}).`,
    )
  }
  const version = (document as OpenApiDocument | null)?.openapi
  if (typeof version !== 'string' || !version.startsWith('3.')) {
    throw new Error(
      `${file} is not an OpenAPI 3 document (no \`openapi: 3.x\`); convert a Swagger 2 document first.`,
    )
  }
  return document as OpenApiDocument
}
