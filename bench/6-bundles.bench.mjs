// What an app ships: the kit's typical bkend imports against the stacks people assemble instead,
// each bundled by the same tool (esbuild, minified, for the browser) and gzipped at level 9.
// React, TanStack Query, react-hook-form and radix-ui stay external for the kit's rows; the Radix
// parts the kit's ui pulls in are measured on their own below.
import { build } from 'esbuild'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { printTable, ratio } from './report.mjs'

const src = (entry) => JSON.stringify(resolve('src', entry))
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client']
const KIT_EXTERNAL = [...REACT, '@tanstack/react-query', 'react-hook-form', 'radix-ui']

// The imports of a typical bkend app: client and preset, error helpers, query client and hooks,
// server errors in forms, and the ui components routed by uiChannels.
const kitApp = (decoderImports) => `
export { createApiClient, bkendAuth, isApiError, ${decoderImports} } from ${src('core/index.ts')}
export { ApiErrorProvider } from ${src('react/index.ts')}
export { createQueryClient, useApiQuery, useApiMutation } from ${src('query/index.ts')}
export { applyServerErrors, ErrorSummary } from ${src('form/index.ts')}
export { Toaster, toast, ErrorBanner, RateLimitCountdown, PageError, uiChannels } from ${src('ui/index.ts')}
`
const stacks = {
  'api-error-kit, all decoders (decodeError)': {
    code: kitApp('decodeError'),
    external: KIT_EXTERNAL,
  },
  'api-error-kit, bkend decoders (createDecoder(bkendFormats))': {
    code: kitApp('createDecoder, bkendFormats'),
    external: KIT_EXTERNAL,
  },
  'ky 2 + sonner + react-error-boundary': {
    code: `export { default as ky } from 'ky2'
export { toast, Toaster } from 'sonner'
export { ErrorBoundary } from 'react-error-boundary'`,
    external: REACT,
  },
  'axios + axios-auth-refresh + sonner + react-error-boundary': {
    code: `export { default as axios } from 'axios'
export { default as createAuthRefreshInterceptor } from 'axios-auth-refresh'
export { toast, Toaster } from 'sonner'
export { ErrorBoundary } from 'react-error-boundary'`,
    external: REACT,
  },
}
// The Radix primitives the kit's ui imports, one by one and together (they share internals).
const radix = {
  'radix-ui Toast': `export { Toast } from 'radix-ui'`,
  'radix-ui Collapsible': `export { Collapsible } from 'radix-ui'`,
  'radix-ui VisuallyHidden': `export { VisuallyHidden } from 'radix-ui'`,
}

/** Minified and gzipped bytes of the bundle of `code`. */
export async function bundleSize(code, external) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const bytes = result.outputFiles[0].contents
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`

export default async function bundles() {
  const sizes = {}
  for (const [name, { code, external }] of Object.entries(stacks))
    sizes[name] = await bundleSize(code, external)
  const kitRows = Object.keys(stacks).filter((name) => name.startsWith('api-error-kit'))
  const ky = sizes['ky 2 + sonner + react-error-boundary'].gzip
  printTable(
    'Bundles: a bkend app against the stacks people assemble (esbuild, min + gzip -9)',
    Object.entries(sizes).map(([name, size]) => ({
      bundle: name,
      minified: kB(size.min),
      gzip: kB(size.gzip),
      'vs ky 2 stack': ratio(size.gzip / ky),
    })),
    `React, TanStack Query, react-hook-form and radix-ui are external to the kit's rows (${kitRows.length});\n` +
      'react is external to every row. Target: the kit with bkend decoders at most the ky 2 stack.',
  )
  const radixRows = []
  for (const [name, code] of Object.entries(radix))
    radixRows.push({ part: name, ...(await bundleSize(code, REACT)) })
  radixRows.push({
    part: 'all of the above together',
    ...(await bundleSize(Object.values(radix).join('\n'), REACT)),
  })
  // What the Radix parts add to the kit's ui entry as the ui imports them today.
  const ui = `export * from ${src('ui/index.ts')}`
  const uiOwn = await bundleSize(ui, KIT_EXTERNAL)
  const uiWithRadix = await bundleSize(
    ui,
    KIT_EXTERNAL.filter((name) => name !== 'radix-ui'),
  )
  radixRows.push({
    part: 'what radix-ui adds to the kit ui entry',
    min: uiWithRadix.min - uiOwn.min,
    gzip: uiWithRadix.gzip - uiOwn.gzip,
  })
  printTable(
    'Radix parts (react external); the ui imports only Toast, with its own visually hidden span and disclosure',
    radixRows.map(({ part, min, gzip }) => ({ part, minified: kB(min), gzip: kB(gzip) })),
  )
}
