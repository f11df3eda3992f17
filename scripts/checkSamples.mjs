// `node scripts/checkSamples.mjs`: type-checks every ```ts and ```tsx block of README.md and of the
// docs pages (stories/docs/**/*.mdx) against the built package (dist/), as an app would import
// it. Run after `npm run build`. Each block is a module of its own; the names a sample takes
// from the app around it (`api`, `error`, `refetch`...) are declared in scripts/sampleGlobals.d.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The entries of the package, as `paths` for the compiler, resolved in `dir` (dist or src). */
export function packagePaths(dir, extension = '.d.ts') {
  const entry = (name) => [join(dir, name, `index${extension}`)]
  return {
    'api-error-kit': entry('core'),
    'api-error-kit/react': entry('react'),
    'api-error-kit/query': entry('query'),
    'api-error-kit/form': entry('form'),
    'api-error-kit/ui': entry('ui'),
    'api-error-kit/testing': entry('testing'),
    'api-error-kit/testing/msw': entry('testing/msw'),
  }
}

/**
 * The TypeScript code blocks of a markdown or MDX text.
 * @param {string} text the document
 * @param {string} file its name, for messages
 * @returns {{ file: string, line: number, lang: 'ts' | 'tsx', code: string }[]}
 */
export function extractSamples(text, file) {
  const samples = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)```(tsx?)\s*$/.exec(lines[index])
    if (!open) continue
    const [, indent, lang] = open
    const start = index + 1
    let end = start
    while (end < lines.length && lines[end].trim() !== '```') end++
    const code = lines
      .slice(start, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
    samples.push({ file, line: start + 1, lang, code })
    index = end
  }
  return samples
}

/** A sample that augments a module (`declare module`) changes types for every file of its program. */
const augments = (sample) => /^[ \t]*declare module ['"]/m.test(sample.code)

/**
 * Type-checks samples, each as a module; the ones that augment a module in a program of their own.
 * @param {{ file: string, line: number, lang: string, code: string }[]} samples
 * @param {{ paths?: Record<string, string[]> }} [options] where `api-error-kit/*` resolves (dist/ by default)
 * @returns {string[]} one message per error, `file:line:column message`
 */
export function checkSamples(samples, options = {}) {
  const dir = join(root, '.samples')
  const globals = join(root, 'scripts', 'sampleGlobals.d.ts')
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    allowUmdGlobalAccess: true,
    resolveJsonModule: true,
    noEmit: true,
    types: [],
    paths: options.paths ?? packagePaths(join(root, 'dist')),
  }
  const named = samples.map((sample, index) => ({
    ...sample,
    path: join(dir, `sample${index}.${sample.lang}`),
  }))
  const byPath = new Map(named.map((sample) => [sample.path, sample]))
  const host = ts.createCompilerHost(compilerOptions)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (path, languageVersion, onError, shouldCreate) => {
    const sample = byPath.get(path)
    return sample
      ? ts.createSourceFile(path, sample.code, languageVersion, true)
      : getSourceFile(path, languageVersion, onError, shouldCreate)
  }
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (path) => byPath.has(path) || fileExists(path)
  const readFile = host.readFile.bind(host)
  host.readFile = (path) => byPath.get(path)?.code ?? readFile(path)

  const groups = [named.filter((sample) => !augments(sample))].concat(
    named.filter(augments).map((sample) => [sample]),
  )
  const messages = []
  let oldProgram
  for (const group of groups) {
    if (group.length === 0) continue
    const program = ts.createProgram({
      rootNames: [globals, ...group.map((sample) => sample.path)],
      options: compilerOptions,
      host,
      oldProgram,
    })
    oldProgram = program
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...group.flatMap((sample) => [
        ...program.getSyntacticDiagnostics(program.getSourceFile(sample.path)),
        ...program.getSemanticDiagnostics(program.getSourceFile(sample.path)),
      ]),
    ]
    for (const diagnostic of diagnostics) {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
      const sample = diagnostic.file && byPath.get(diagnostic.file.fileName)
      if (!sample) {
        messages.push(`${diagnostic.file?.fileName ?? 'options'}: ${text}`)
        continue
      }
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(
        diagnostic.start ?? 0,
      )
      messages.push(`${sample.file}:${sample.line + line}:${character + 1} ${text}`)
    }
  }
  return messages
}

/** README.md and every docs page. */
export function documentedFiles() {
  const docs = join(root, 'stories', 'docs')
  const mdx = readdirSync(docs, { recursive: true })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(docs, name))
  return [join(root, 'README.md'), ...mdx.sort()]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(join(root, 'dist', 'core', 'index.d.ts'))) {
    console.error('No built package in dist/: run `npm run build` first, then check the samples.')
    process.exit(1)
  }
  const samples = documentedFiles().flatMap((file) =>
    extractSamples(readFileSync(file, 'utf8'), relative(root, file)),
  )
  const messages = checkSamples(samples)
  if (messages.length > 0) {
    console.error(`${messages.length} errors in the code samples:\n${messages.join('\n')}`)
    process.exit(1)
  }
  console.log(`${samples.length} code samples compile against dist/`)
}
