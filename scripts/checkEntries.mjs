// Checks the built entries as a server would load them (SSR, Next.js): every entry imports in
// Node with no `window`; 'use client' marks exactly the modules of the React layers that need
// the browser, and no barrel; every entry but testing/msw imports again in a Node where msw
// cannot be found, as in an app without it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { findDirectiveProblems, findServerEntryProblems, readModule } from './clientModules.mjs'

const reactEntries = ['react', 'query', 'form', 'ui']
const entries = ['core', 'testing', 'testing/msw', ...reactEntries]
const needMsw = ['testing/msw']
let failed = false

const built = readdirSync('dist', { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => join('dist', file))
const modules = new Map(built.map((file) => [file, readModule(readFileSync(file, 'utf8'))]))
const resolve = (from, specifier) => normalize(join(dirname(from), specifier))
// Problems name the source file to change.
const sourceName = (file) =>
  [
    file.replace(/^dist/, 'src').replace(/\.js$/, '.tsx'),
    file.replace(/^dist/, 'src').replace(/\.js$/, '.ts'),
  ].find(existsSync) ?? file
const { problems, clientModules } = findDirectiveProblems(modules, resolve, {
  isReactLayer: (file) => reactEntries.some((layer) => file.startsWith(`dist/${layer}/`)),
  name: sourceName,
})
for (const layer of reactEntries) {
  const file = `dist/${layer}/server.js`
  problems.push(
    ...findServerEntryProblems(file, modules.get(file), resolve, clientModules, sourceName),
  )
  // The react-server barrel is a subset: an app's code means the same thing in both graphs.
  const [server, full] = await Promise.all([
    import(`../${file}`),
    import(`../dist/${layer}/index.js`),
  ])
  for (const name of Object.keys(server).filter((name) => !(name in full)))
    problems.push(`${sourceName(file)} exports ${name}, which index.ts does not: add it there too.`)
}
for (const problem of problems) console.error(`✖ ${problem}`)
failed ||= problems.length > 0
console.log(
  `✔ 'use client' checked in ${modules.size} modules (${clientModules.size} need the browser), and the react-server entries`,
)

if (typeof window !== 'undefined')
  throw new Error('checkEntries must run in plain Node, where there is no window.')
for (const entry of entries) {
  const file = `dist/${entry}/index.js`
  try {
    const module = await import(`../${file}`)
    const names = Object.keys(module)
    if (names.length === 0) throw new Error('it exports nothing')
    console.log(`✔ ${file} imports on a server (${names.length} exports)`)
  } catch (error) {
    failed = true
    console.error(`✖ ${file} cannot be imported on a server: ${error.message}`)
  }
}

// A resolve hook that fails for msw as Node does when the package is not installed.
const noMsw = `export async function resolve(specifier, context, next) {
  if (/^msw($|\\/)/.test(specifier)) {
    const error = new Error("Cannot find package '" + specifier + "' (hidden by checkEntries)")
    error.code = 'ERR_MODULE_NOT_FOUND'
    throw error
  }
  return next(specifier, context)
}`
const register = `import { register } from 'node:module'; register(${JSON.stringify(
  'data:text/javascript,' + encodeURIComponent(noMsw),
)})`
for (const entry of entries.filter((name) => !needMsw.includes(name))) {
  const file = `dist/${entry}/index.js`
  const child = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, `./${file}`],
    { encoding: 'utf8' },
  )
  if (child.status === 0) {
    console.log(`✔ ${file} imports without msw installed`)
  } else {
    failed = true
    const reason = child.stderr.match(/^\w*Error.*$/m)?.[0] ?? child.stderr.trim()
    console.error(`✖ ${file} needs msw, which only api-error-kit/testing/msw may import: ${reason}`)
  }
}
process.exit(failed ? 1 : 0)
