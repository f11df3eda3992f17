// Runs the built `api-error-kit` command as an installed package runs it, on Node 20, in a Node
// where no `yaml` package can be found: the command must carry its own parser.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const noYaml = `export async function resolve(specifier, context, next) {
  if (specifier === 'yaml') throw Object.assign(new Error('hidden by checkCli'), { code: 'ERR_MODULE_NOT_FOUND' })
  return next(specifier, context)
}`
const register = `import { register } from 'node:module'; register(${JSON.stringify(
  'data:text/javascript,' + encodeURIComponent(noYaml),
)})`
const dir = mkdtempSync(join(tmpdir(), 'api-error-kit-cli-'))
const out = join(dir, 'apiErrors.ts')
const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin['api-error-kit']
const child = spawnSync(
  process.execPath,
  [
    '--import',
    `data:text/javascript,${encodeURIComponent(register)}`,
    bin,
    'codegen',
    'test/fixtures/bkend-posts.openapi.yaml',
    '-o',
    out,
  ],
  { encoding: 'utf8' },
)
const written = child.status === 0 ? readFileSync(out, 'utf8') : ''
rmSync(dir, { recursive: true, force: true })
if (child.status !== 0 || !written.includes("'auth/invalid-credentials': { kind: 'auth' }")) {
  console.error(`✖ ${bin} failed: ${child.stderr.trim() || child.stdout.trim()}`)
  process.exit(1)
}
console.log(
  `✔ ${bin} runs on Node ${process.versions.node} without yaml installed: ${child.stdout.trim()}`,
)
