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
  // The README's and the docs pages' TypeScript samples, against the package just built.
  ['code samples compile (README, docs pages)', 'node', ['scripts/checkSamples.mjs']],
  // The site: docs pages, API reference and gallery built together, then every internal link of
  // it and axe on every docs page (the stories have their axe run in the storybook project).
  [
    'docs site (build-storybook with the API reference)',
    'npm',
    ['run', '--silent', 'build-storybook', '--', '--quiet'],
  ],
  [
    'docs site: internal links and axe on every docs page',
    'npm',
    ['run', '--silent', 'check:docs'],
  ],
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

// A log read in a file or CI has no colour codes. FORCE_COLOR, even '0', turns colour on in some
// tools, so it goes; NO_COLOR is the convention they all read. In a terminal, colours stay.
const { FORCE_COLOR: _forceColor, ...inherited } = process.env
const baseEnv = process.stdout.isTTY ? process.env : { ...inherited, NO_COLOR: '1' }

for (const [name, cmd, args, env = {}] of steps) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...baseEnv, ...env },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
}
