import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vite'
import type { TestProjectInlineConfiguration } from 'vitest/config'
import chromium from './scripts/chromium.json' with { type: 'json' }
import { kitAliases } from './examples/kitAliases.js'

/**
 * Library entries: one per layer (and `testing/msw`), each built to `dist/<name>.js` beside the
 * modules it exports, one file per source module.
 */
export const entries = {
  'core/index': 'src/core/index.ts',
  'react/index': 'src/react/index.ts',
  'query/index': 'src/query/index.ts',
  'form/index': 'src/form/index.ts',
  'ui/index': 'src/ui/index.ts',
  // What React Server Components get under the `react-server` condition.
  'react/server': 'src/react/server.ts',
  'query/server': 'src/query/server.ts',
  'form/server': 'src/form/server.ts',
  'ui/server': 'src/ui/server.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/msw/index': 'src/testing/msw/index.ts',
} as const

const peers = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\//,
  /^react-hook-form/,
  /^radix-ui/,
  /^@radix-ui\//,
  /^msw($|\/)/,
  /^node:/,
]

/** Debian's Chromium, or the binary named by CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? chromium.path

/** A fresh `browser` object per project: vitest writes the project name into it. */
export function browserConfig() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
        args: chromium.args,
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  }
}

const root = fileURLToPath(new URL('.', import.meta.url))

/** React 18, installed in `.react18/` by `npm test`, for the compatibility run of the React tests. */
const react18 = root + '.react18/node_modules/'
const react18Project: TestProjectInlineConfiguration[] = existsSync(react18 + 'react-dom')
  ? [
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: react18 + 'react' },
            { find: /^react\/(.*)$/, replacement: react18 + 'react/$1' },
            { find: /^react-dom$/, replacement: react18 + 'react-dom' },
            { find: /^react-dom\/(.*)$/, replacement: react18 + 'react-dom/$1' },
            // Its `main` is CommonJS, whose require() calls no alias reaches: use its ES build.
            {
              find: /^@testing-library\/react$/,
              replacement:
                root + 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
        },
        test: {
          name: 'dom-react18',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '18' },
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['**/*.browser.test.*'],
          setupFiles: ['test/setup/dom.ts'],
          // Inlined so the aliases reach the React these libraries import too.
          server: {
            deps: {
              inline: [
                /@testing-library\/react/,
                /@tanstack\//,
                /react-hook-form/,
                /radix-ui/,
                /@radix-ui\//,
              ],
            },
          },
        },
      },
    ]
  : []

/**
 * msw 3, installed in `.msw3/` by `npm test`, for the run of the MSW tests against the newer peer
 * major: its Node side (setupServer) needs Node 22, so these projects exist only in the run that
 * `npm test` starts with the Node 22 of `.msw3/` (MSW3=1); its service worker runs in Chromium.
 */
const msw3 = root + '.msw3/node_modules/msw/'
const msw3Alias = [
  { find: /^msw$/, replacement: msw3 + 'lib/core/index.js' },
  { find: /^msw\/node$/, replacement: msw3 + 'lib/node/index.js' },
  { find: /^msw\/browser$/, replacement: msw3 + 'lib/browser/index.js' },
  { find: /^msw\/package\.json$/, replacement: msw3 + 'package.json' },
]
const msw3Projects: TestProjectInlineConfiguration[] =
  process.env.MSW3 && existsSync(msw3 + 'package.json')
    ? [
        {
          extends: true,
          resolve: { alias: msw3Alias },
          test: {
            name: 'msw3',
            environment: 'node',
            include: ['src/testing/msw/**/*.test.ts'],
            exclude: ['**/*.browser.test.*'],
            provide: { mswMajor: '3' },
          },
        },
        {
          extends: true,
          resolve: { alias: msw3Alias },
          // Serves msw 3's own worker script as /mockServiceWorker.js.
          publicDir: msw3 + 'lib',
          optimizeDeps: { exclude: ['msw'] },
          test: {
            name: 'msw3-browser',
            include: ['src/testing/msw/**/*.browser.test.ts'],
            browser: browserConfig(),
            provide: { mswMajor: '3' },
          },
        },
      ]
    : []

export default defineConfig({
  plugins: [react()],
  // The examples (and the gallery, which shows them) import the package by its published names.
  resolve: { alias: kitAliases },
  // Pre-bundled up front: found mid-run on a cold cache, they make Vite reload the browser page.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      'radix-ui',
      'axe-core',
      'react-hook-form',
      '@tanstack/react-query',
      'vitest-browser-react',
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // public/ holds MSW's worker script for the gallery and browser tests; the package has no use for it.
    copyPublicDir: false,
    sourcemap: false,
    minify: false,
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, root + file])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: (id: string) => peers.some((pattern) => pattern.test(id)),
      // One output file per source module, so each keeps its own 'use client' and a Server
      // Component can call what needs no browser (createQueryClient, routeError, errorTitles...).
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    globals: true,
    restoreMocks: true,
    // Generous bounds, so a test on a busy 2-core machine is never failed for being slow: a
    // test that hangs still fails, and no test measures time by its timeout.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          provide: { mswMajor: '2' },
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.*'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '19' },
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['**/*.browser.test.*'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      ...react18Project,
      ...msw3Projects,
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          provide: { mswMajor: '2' },
          browser: browserConfig(),
        },
      },
      {
        extends: true,
        // Every story of the gallery is a test: it renders, runs its play function and axe.
        plugins: [storybookTest({ configDir: root + '.storybook' })],
        test: {
          name: 'storybook',
          browser: browserConfig(),
          // After the other projects: two browsers at once on two cores make timing tests flaky.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
