// `node scripts/screenshots.mjs`: builds the static gallery, serves it on loopback, and saves
// screenshots of a few stories into docs/screenshots/ for the README. `--no-build` reuses
// an existing storybook-static/.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import chromiumSetup from './chromium.json' with { type: 'json' }

const root = fileURLToPath(new URL('..', import.meta.url))
const staticDir = join(root, 'storybook-static')
const outDir = join(root, 'docs', 'screenshots')
const executablePath = process.env.CHROMIUM_PATH ?? chromiumSetup.path

/** Each shot: a story, what to do in it, the file name, and the element to crop to (else the page). */
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
    id: 'playground-decoder--examples',
    file: 'decoder-playground.png',
    act: (page) => page.getByText('users.0.email').first().waitFor(),
  },
]

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

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

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
  const file = join(staticDir, path.endsWith('/') ? `${path}index.html` : path)
  if (!file.startsWith(staticDir)) return void response.writeHead(403).end()
  try {
    const body = await readFile(file)
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  } catch {
    response.writeHead(404).end()
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`

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
    await page.goto(`${origin}/iframe.html?id=${shot.id}&viewMode=story`)
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
  server.close()
}
