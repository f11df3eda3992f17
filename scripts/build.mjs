// Builds the package: JS per entry with Vite, the codegen command, declarations with tsc, the
// optional theme CSS.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'

const bin = (name) => `node_modules/.bin/${name}`
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })

rmSync('dist', { recursive: true, force: true })
run(bin('vite'), ['build', '--logLevel', 'warn'])
run(process.execPath, ['scripts/buildCli.mjs'])
run(bin('tsc'), ['-p', 'tsconfig.build.json'])
mkdirSync('dist', { recursive: true })
if (existsSync('src/ui/styles.css')) copyFileSync('src/ui/styles.css', 'dist/styles.css')
