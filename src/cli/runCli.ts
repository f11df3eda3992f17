import { writeFileSync } from 'node:fs'
import { toCode } from '../core/utils/toCode.js'
import { collectErrors } from './collectErrors.js'
import { readDocument } from './readDocument.js'
import { renderModule } from './renderModule.js'

const USAGE = `Usage: api-error-kit codegen <openapi.yaml|json> -o <src/apiErrors.ts> [--domain <name>]

Writes, per operation, the error statuses and codes an OpenAPI 3 document declares, the API's
code union registered with api-error-kit, a message catalog type and the decoder of its codes.
--domain names the domain of codes that have none (default: from info.title).`

/** Where the command writes: the process's streams, or a test's. */
export interface CliOutput {
  out: (line: string) => void
  error: (line: string) => void
}

/** Runs `api-error-kit <args>`; returns the exit code. Reads no network. */
export function runCli(args: readonly string[], output: CliOutput): number {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    output.out(USAGE)
    return args.length === 0 ? 1 : 0
  }
  const option = (...names: string[]) => {
    const index = args.findIndex((arg) => names.includes(arg))
    return index === -1 ? undefined : args[index + 1]
  }
  const [command, input] = args.filter(
    (arg, i) => !arg.startsWith('-') && !['-o', '--out', '--domain'].includes(args[i - 1] ?? ''),
  )
  const outFile = option('-o', '--out')
  if (command !== 'codegen' || !input || !outFile) {
    output.error(`${USAGE}\n\nGive the command \`codegen\`, an OpenAPI document and -o <file>.`)
    return 1
  }
  try {
    const document = readDocument(input)
    const info = (document.info ?? {}) as { title?: unknown; version?: unknown }
    const title = [info.title, info.version].filter((part) => typeof part === 'string').join(' ')
    const named = option('--domain') ?? (typeof info.title === 'string' ? info.title : 'api')
    const domain = toCode(named, 'x')?.slice(0, -2)
    if (!domain)
      throw new Error(`--domain ${named} has no letters or digits: name it like \`payments\`.`)
    const collected = collectErrors(document)
    const file = input.split(/[\\/]/).pop() ?? input
    const { text, codes } = renderModule(collected, { file, title, domain })
    writeFileSync(outFile, text)
    output.out(
      `Wrote ${codes} error codes of ${collected.operations.length} operations to ${outFile}.`,
    )
    return 0
  } catch (error) {
    output.error((error as Error).message)
    return 1
  }
}
