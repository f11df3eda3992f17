// Checks the built entries as a server would load them (SSR, Next.js): every entry imports in
// Node with no `window`, and the React entries start with the 'use client' directive.
import { readFileSync } from 'node:fs'

const reactEntries = ['react', 'query', 'form', 'ui']
const entries = ['core', 'testing', ...reactEntries]
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
process.exit(failed ? 1 : 0)
