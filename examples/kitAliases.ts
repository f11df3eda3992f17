import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('../src/', import.meta.url))

/**
 * `api-error-kit` and its subpath entries resolved to this repository's sources, so the examples
 * import the package by its published names (as an app would) and run without a build.
 */
export const kitAliases = [
  { find: /^api-error-kit$/, replacement: `${src}core/index.ts` },
  { find: /^api-error-kit\/styles\.css$/, replacement: `${src}ui/styles.css` },
  { find: /^api-error-kit\/testing\/msw$/, replacement: `${src}testing/msw/index.ts` },
  { find: /^api-error-kit\/(react|query|form|ui|testing)$/, replacement: `${src}$1/index.ts` },
]
