// Builds the `api-error-kit` command (src/cli) for Node 20 into dist/cli/index.js, one file with
// its YAML parser bundled in, so the published package runs it with no dependency installed.
import { copyFileSync, mkdirSync } from 'node:fs'
import { build } from 'vite'

await build({
  configFile: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    outDir: 'dist/cli',
    emptyOutDir: false,
    minify: false,
    target: 'node20',
    ssr: 'src/cli/main.ts',
    rolldownOptions: {
      output: {
        entryFileNames: 'index.js',
        banner:
          '#!/usr/bin/env node\n// Bundles yaml (ISC, Eemeli Aro): see dist/cli/yaml.LICENSE.',
      },
    },
  },
})
mkdirSync('dist/cli', { recursive: true })
copyFileSync('node_modules/yaml/LICENSE', 'dist/cli/yaml.LICENSE')
