import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'
import remarkGfm from 'remark-gfm'

// The API reference TypeDoc writes (`npm run docs:api`), served at /api/ beside the docs pages.
const apiDocs = fileURLToPath(new URL('../docs-api', import.meta.url))

// Radix and TanStack ship `"use client"` at the top of their modules; bundling drops it and
// says so for every file. The directive means nothing in a client-only gallery.
const isUseClientNoise = (warning: { code?: string; message?: string }) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message ?? '')

// Also noise in a build log: how long plugins took, and the Node-only HTTP server of
// api-error-kit/testing (its `node:http`), which the stories import through the entry and never call.
const isBuildNoise = (warning: { code?: string; message?: string }) =>
  isUseClientNoise(warning) ||
  warning.code === 'PLUGIN_TIMINGS' ||
  (/externalized for browser compatibility/.test(warning.message ?? '') &&
    /src\/testing\//.test(warning.message ?? ''))

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // The docs pages (MDX) first, then the stories.
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub's markdown in the docs pages: tables, autolinks, strikethrough.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // MSW's worker script, served at /mockServiceWorker.js: the mock backend answers through it.
  staticDirs: [
    '../public',
    // The README's screenshots, shown by the docs pages too.
    { from: '../docs/screenshots', to: '/screenshots' },
    ...(existsSync(apiDocs) ? [{ from: apiDocs, to: '/api' }] : []),
  ],
  // The TypeScript-based docgen needs the compiler API; react-docgen is enough for props tables.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const build = viteConfig.build ?? {}
    const rolldownOptions = build.rolldownOptions ?? {}
    const onwarn = rolldownOptions.onwarn
    return {
      ...viteConfig,
      // Warnings and errors only: not a line per chunk written.
      logLevel: 'warn',
      build: {
        ...build,
        chunkSizeWarningLimit: 2048,
        rolldownOptions: {
          ...rolldownOptions,
          // Components keep their names in the built site: the docs pages' props tables and code
          // snippets are labelled with them.
          output: { ...(rolldownOptions.output as object | undefined), keepNames: true },
          onwarn(warning, warn) {
            if (isBuildNoise(warning)) return
            if (onwarn) onwarn(warning, warn)
            else warn(warning)
          },
        },
      },
    }
  },
}

export default config
