// Checks the built entries as a server would load them (SSR, Next.js): every entry imports in
// Node with no `window`, and the React entries start with the 'use client' directive. Then every
// entry but testing/msw imports again in a Node where msw cannot be found, as in an app without it.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const reactEntries = ['react', 'query', 'form', 'ui']
const entries = ['core', 'testing', 'testing/msw', ...reactEntries]
const needMsw = ['testing/msw']
let failed = false

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
  if (reactEntries.includes(entry) && !/^["']use client["'];?/.test(readFileSync(file, 'utf8'))) {
    failed = true
    console.error(
      `✖ ${file} does not start with 'use client'; React Server Components would run it on the server.`,
    )
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
