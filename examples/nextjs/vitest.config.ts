import { defineConfig } from 'vitest/config'

// The example's end-to-end run (`npm test` runs it after the library's build): pack the
// library, build the app with `next build`, serve it against the mock backend, drive Chromium.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Generous: next build takes a minute or more on a busy 2-core machine.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    fileParallelism: false,
  },
})
