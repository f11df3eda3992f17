import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'docs-api',
      'node_modules',
      '.react18',
      '.msw3',
      'public/mockServiceWorker.js',
      'examples/nextjs/.next',
      'examples/nextjs/node_modules',
      'examples/nextjs/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    // Server text reaches many of our expressions: each must run in linear time on any input.
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                '@tanstack/*',
                'react-hook-form',
                'radix-ui',
                '@radix-ui/*',
                '../react/*',
                '../query/*',
                '../form/*',
                '../ui/*',
                '../testing/*',
              ],
              message:
                'src/core is framework-free: it must not import React, TanStack, react-hook-form, Radix or another layer.',
            },
          ],
        },
      ],
    },
  },
)
