// `npm test`: every check the project has, in the order that fails fastest.
// Each step prints its name and time; the first failing step stops the run with its exit code.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH), then run npm test again.`,
  )
  process.exit(1)
}

const steps = [
  // The React tests run twice: on React 19 and, from .react18/, on React 18, whose types also
  // check the published declarations (check:package).
  ...(existsSync('.react18/node_modules/react-dom') &&
  existsSync('.react18/node_modules/@types/react')
    ? []
    : [
        [
          'React 18 for the compatibility run',
          'npm',
          ['install', '--prefix', '.react18', '--no-audit', '--no-fund', '--no-package-lock'],
        ],
      ]),
  // react-hook-form 7.55, the oldest the form layer supports (`.rhf755/`), without peers: its
  // React is the project's.
  ...(existsSync('.rhf755/node_modules/react-hook-form')
    ? []
    : [
        [
          'react-hook-form 7.55 for the compatibility run of the form tests',
          'npm',
          [
            'install',
            '--prefix',
            '.rhf755',
            '--no-audit',
            '--no-fund',
            '--no-package-lock',
            '--legacy-peer-deps',
          ],
        ],
      ]),
  // msw 3, the newer peer major, with the Node 22 its Node side needs (`.msw3/`).
  ...(existsSync('.msw3/node_modules/msw') && existsSync('.msw3/node_modules/.bin/node')
    ? []
    : [
        [
          'msw 3 and Node 22 for the msw 3 run',
          'npm',
          ['install', '--prefix', '.msw3', '--no-audit', '--no-fund', '--no-package-lock'],
        ],
      ]),
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['tests', 'npx', ['vitest', 'run']],
  [
    'MSW tests on msw 3 (setupServer under Node 22, the service worker in Chromium)',
    '.msw3/node_modules/.bin/node',
    ['node_modules/vitest/vitest.mjs', 'run', '--project', 'msw3', '--project', 'msw3-browser'],
    { MSW3: '1' },
  ],
  ['build', 'npm', ['run', '--silent', 'build']],
  [
    'package (publint, attw, server import of every entry, declarations on React 18 types)',
    'npm',
    ['run', '--silent', 'check:package'],
  ],
  ['size budgets', 'npm', ['run', '--silent', 'size']],
  // After the build: the example installs the packed library.
  [
    'Next.js example (npm pack, next build, next start, Chromium)',
    'npx',
    ['vitest', 'run', '--config', 'examples/nextjs/vitest.config.ts'],
  ],
]

for (const [name, cmd, args, env = {}] of steps) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
}
