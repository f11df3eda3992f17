// `npm run bench`: bundles the core and the testing entry for Node with Vite, then runs every
// bench/*.bench.mjs in turn. Loopback only; each benchmark bounds its own time.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const outDir = resolve('node_modules/.cache/api-error-kit-bench')
const started = Date.now()
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    lib: {
      entry: { core: resolve('src/core/index.ts'), testing: resolve('src/testing/index.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { external: (id) => /^(?:node:|msw)/.test(id) },
  },
})
console.log(`Built the bench bundle in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`)

const kit = {
  core: await import(pathToFileURL(`${outDir}/core.js`).href),
  testing: await import(pathToFileURL(`${outDir}/testing.js`).href),
  bundleDir: outDir,
}
const only = process.argv[2]
const files = readdirSync('bench')
  .filter(
    (name) =>
      name.endsWith('.bench.mjs') && (!only || name.toLowerCase().includes(only.toLowerCase())),
  )
  .sort()
for (const file of files) {
  const { default: run } = await import(pathToFileURL(resolve('bench', file)).href)
  await run(kit)
}
