// `node scripts/screenshots.mjs`: builds the static gallery, serves it on loopback, and saves
// screenshots of a few stories into docs/screenshots/ for the README. `--no-build` reuses
// an existing storybook-static/.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import chromiumSetup from './chromium.json' with { type: 'json' }
import { serveStatic } from './serveStatic.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const staticDir = join(root, 'storybook-static')
const outDir = join(root, 'docs', 'screenshots')
const executablePath = process.env.CHROMIUM_PATH ?? chromiumSetup.path

/**
 * Each shot: a story (or a docs page, `viewMode: 'docs'`), what to do in it, the file name, and
 * the element to crop to (else the page).
 */
const shots = [
  {
    id: 'demo-blog-admin--app',
    file: 'demo-sign-in.png',
    async act(page) {
      const form = page.getByRole('form', { name: 'Sign in' })
      await form.getByLabel('Email').fill('demo@example.com')
      await form.getByLabel('Password').fill('not-my-password')
      await form.getByRole('button', { name: 'Sign in' }).click()
      await form.getByText('The email or password is incorrect.').first().waitFor()
    },
  },
  {
    id: 'demo-blog-admin--signed-in',
    file: 'demo-errors.png',
    async act(page) {
      await page.getByText('Hello, world').waitFor()
      await page.getByRole('link', { name: 'Secrets' }).click()
      await page.getByRole('alert').getByText("You don't have access").waitFor()
    },
  },
  {
    id: 'demo-blog-admin--signed-in',
    file: 'demo-rate-limit.png',
    async act(page) {
      await page.getByText('Hello, world').waitFor()
      await page.getByRole('link', { name: 'Tasks' }).click()
      await page.getByText('Write the tests').waitFor()
      await page.getByRole('button', { name: 'Rate-limit the tasks (4 s)' }).click()
      await page.getByRole('button', { name: 'Reload' }).click()
      await page.getByRole('timer').waitFor()
    },
  },
  {
    id: 'forms-errorsummary-and-fielderror--renamed-fields',
    file: 'error-summary.png',
    element: '#storybook-root',
    act: (page) => page.getByText('The users.0.email field is required.').first().waitFor(),
  },
  {
    id: 'guide-decode--docs',
    file: 'docs-decode.png',
    viewMode: 'docs',
    act: (page) => page.getByRole('heading', { name: /anything thrown becomes one/ }).waitFor(),
  },
  {
    id: 'playground-decoder--examples',
    file: 'decoder-playground.png',
    act: (page) => page.getByText('users.0.email').first().waitFor(),
  },
]

if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH), then run this again.`,
  )
  process.exit(1)
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook', '--', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = await serveStatic(staticDir)
const origin = server.origin

const browser = await chromium.launch({
  executablePath,
  args: chromiumSetup.args,
})
try {
  await mkdir(outDir, { recursive: true })
  for (const shot of shots) {
    // A fresh context per shot: its own service worker and mock backend, like a new tab.
    const context = await browser.newContext({
      viewport: { width: 1200, height: 800 },
      reducedMotion: 'reduce',
      colorScheme: 'light',
    })
    const page = await context.newPage()
    await page.goto(`${origin}/iframe.html?id=${shot.id}&viewMode=${shot.viewMode ?? 'story'}`)
    page.setDefaultTimeout(15_000)
    await shot.act(page)
    // Let entry animations and play functions settle.
    await page.waitForTimeout(500)
    const path = join(outDir, shot.file)
    if (shot.element) await page.locator(shot.element).screenshot({ path })
    else await page.screenshot({ path })
    console.log(`saved docs/screenshots/${shot.file}`)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
