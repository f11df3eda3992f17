import type { StorybookConfig } from '@storybook/react-vite'

// Radix and TanStack ship `"use client"` at the top of their modules; bundling drops it and
// says so for every file. The directive means nothing in a client-only gallery.
const isUseClientNoise = (warning: { code?: string; message?: string }) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message ?? '')

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  // MSW's worker script, served at /mockServiceWorker.js: the mock backend answers through it.
  staticDirs: ['../public'],
  // The TypeScript-based docgen needs the compiler API; react-docgen is enough for props tables.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The gallery is a product page for the kit's users: no "Get started" checklist of Storybook's own.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    const build = viteConfig.build ?? {}
    const rolldownOptions = build.rolldownOptions ?? {}
    const onwarn = rolldownOptions.onwarn
    return {
      ...viteConfig,
      build: {
        ...build,
        chunkSizeWarningLimit: 2048,
        rolldownOptions: {
          ...rolldownOptions,
          onwarn(warning, warn) {
            if (isUseClientNoise(warning)) return
            if (onwarn) onwarn(warning, warn)
            else warn(warning)
          },
        },
      },
    }
  },
}

export default config
