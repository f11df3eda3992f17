// The codegen command run as an app runs it, over a real public OpenAPI document that an npm
// package ships (Open Payments' authorization server, in @interledger/open-payments) and over
// bkend's data API for a table; each output must compile with the library and type the app's codes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { runCli } from './runCli.js'

const OPEN_PAYMENTS = 'node_modules/@interledger/open-payments/dist/openapi/specs/auth-server.yaml'
const BKEND = 'test/fixtures/bkend-posts.openapi.yaml'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'codegen-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function codegen(...args: string[]) {
  const out: string[] = []
  const error: string[] = []
  const code = runCli(args, { out: (line) => out.push(line), error: (line) => error.push(line) })
  return { code, out: out.join('\n'), error: error.join('\n') }
}

let previous: ts.Program | undefined

/**
 * Compiles the generated module with an app's file that uses it, and returns tsc's messages about
 * those two (an app reads the library's declarations, not its sources).
 */
function compile(generated: string, app: string): string[] {
  const appFile = join(dir, 'app.ts')
  writeFileSync(appFile, app)
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    noUnusedLocals: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    paths: { 'api-error-kit': [resolve('src/core/index.ts')] },
  }
  const program = ts.createProgram([generated, appFile], options, undefined, previous)
  previous = program
  return [generated, appFile].flatMap((file) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  )
}

describe('api-error-kit codegen', () => {
  it("writes Open Payments' error codes per operation, typed and registered", async () => {
    const file = join(dir, 'apiErrors.ts')
    const run = codegen('codegen', OPEN_PAYMENTS, '-o', file, '--domain', 'open-payments')
    expect(run).toMatchObject({ code: 0, error: '' })
    expect(run.out).toMatch(/^Wrote 6 error codes of \d+ operations to /)
    const text = readFileSync(file, 'utf8')
    await expect(text).toMatchFileSnapshot('__snapshots__/openPayments.apiErrors.ts.snap')
    const app = `import { isApiError, matchError, registerDecoder, setMessages } from 'api-error-kit'
import { apiErrorDecoder, apiErrorOperations, type ApiErrorMessages } from './apiErrors'

registerDecoder(apiErrorDecoder)
declare const thrown: unknown
// @ts-expect-error -- a misspelt code
isApiError(thrown, 'open-payments/invalid-clinet')
if (isApiError(thrown, 'open-payments/invalid-client')) {
  const kind: 'auth' | 'validation' = thrown.kind
  void kind
}
// @ts-expect-error -- a catalog that misses codes
const partial: ApiErrorMessages = { 'open-payments/invalid-client': 'Unknown app.' }
void partial
const messages: ApiErrorMessages = {
  'open-payments/invalid-client': 'Unknown app.',
  'open-payments/invalid-continuation': 'Start again.',
  'open-payments/invalid-request': 'Check the request.',
  'open-payments/invalid-rotation': 'Sign in again.',
  'open-payments/request-denied': 'Refused.',
  'open-payments/too-fast': 'Wait a moment.',
}
setMessages({ codes: messages })
const declared: readonly string[] = apiErrorOperations['post-request'].errors[401]
void declared
export const handled = (error: Parameters<typeof matchError>[0]) =>
  matchError(error, { 'open-payments/too-fast': (e) => e.kind, _: () => 'other' })
`
    expect(compile(file, app)).toEqual([])
  }, 60_000)

  it("writes bkend's codes as its decoder already names them, and they compile", async () => {
    const file = join(dir, 'bkend.ts')
    const run = codegen('codegen', BKEND, '-o', file)
    expect(run).toMatchObject({ code: 0, error: '' })
    const text = readFileSync(file, 'utf8')
    await expect(text).toMatchFileSnapshot('__snapshots__/bkendPosts.apiErrors.ts.snap')
    expect(text).toContain(`'auth/invalid-credentials': { kind: 'auth' }`)
    expect(text).toContain(`'auth/too-many-login-attempts': { kind: ErrorKind }`)
    const app = `import { isApiError } from 'api-error-kit'
import './bkend'

declare const thrown: unknown
// @ts-expect-error -- a misspelt code
isApiError(thrown, 'data/duplicate-valu')
if (isApiError(thrown, 'data/duplicate-value')) {
  const kind: 'conflict' = thrown.kind
  void kind
}
`
    expect(compile(file, app)).toEqual([])
  }, 60_000)

  it('says what is wrong in one line for a missing file, a non-OpenAPI file and bad arguments', () => {
    expect(codegen('codegen', 'no/such.yaml', '-o', join(dir, 'x.ts'))).toMatchObject({
      code: 1,
      error: 'Cannot read no/such.yaml: check the path of your OpenAPI document.',
    })
    writeFileSync(join(dir, 'swagger.json'), '{"swagger":"2.0"}')
    expect(codegen('codegen', join(dir, 'swagger.json'), '-o', join(dir, 'x.ts')).error).toMatch(
      /is not an OpenAPI 3 document/,
    )
    expect(codegen('codegen', BKEND).code).toBe(1)
    expect(codegen('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage:') })
  })
})
