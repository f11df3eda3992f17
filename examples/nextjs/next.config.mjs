// The example builds against the packed api-error-kit in its node_modules and the repository's
// shared node_modules above it (next, react, TanStack Query, react-hook-form, radix-ui).
import { fileURLToPath } from 'node:url'

const repository = fileURLToPath(new URL('../..', import.meta.url))

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  // The example's own type check; lint runs from the repository.
  typescript: { tsconfigPath: 'tsconfig.json' },
  async redirects() {
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}
