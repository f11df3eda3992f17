import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { build, type Rollup } from 'vite'
import { handleMockControl } from '../examples/blog-admin/server/mockControl.js'
import { startMockBackend, type RunningMockBackend } from '../src/testing/startMockBackend.js'
import { launchChromium } from './support/launchChromium.js'

// The blog admin as `npm run example` runs it: its production build in real Chromium, against
// the mock bkend over HTTP on loopback, driven as a person would (links, buttons, forms).

let browser: Browser
let mock: RunningMockBackend
let pageServer: Server
let appUrl: string
let context: BrowserContext | undefined

/** The example's production build, in memory: file name to content. */
async function buildApp(): Promise<Map<string, string | Uint8Array>> {
  const output = await build({
    configFile: fileURLToPath(new URL('../examples/blog-admin/vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    build: { write: false, minify: false },
  })
  const result = (Array.isArray(output) ? output[0] : output) as Rollup.RollupOutput
  return new Map(
    result.output.map((file) => [
      `/${file.fileName}`,
      file.type === 'asset' ? file.source : file.code,
    ]),
  )
}

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
}

/** Serves the build and the demo's `/__mock/` switches, as the example's dev server does. */
async function serveApp(files: Map<string, string | Uint8Array>): Promise<string> {
  pageServer = createServer((req, res) => {
    if (handleMockControl(mock.control, req, res)) return
    const path = req.url === '/' || req.url?.startsWith('/?') ? '/index.html' : (req.url ?? '')
    const file = files.get(path.split('?')[0]!)
    if (file === undefined) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[path.split('.').pop() ?? ''] ?? 'text/plain' })
    res.end(file)
  })
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/`
}

beforeAll(async () => {
  mock = await startMockBackend()
  const [files, launched] = await Promise.all([buildApp(), launchChromium()])
  browser = launched
  appUrl = await serveApp(files)
}, 120_000)

beforeEach(() => mock.control.reset())

afterEach(async () => {
  await context?.close()
  context = undefined
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => pageServer?.close(resolve))
  await mock?.close()
})

/** Opens the app on `path` in a fresh browser profile, signed in unless told otherwise. */
async function open(path: string, signedIn = true): Promise<Page> {
  context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${appUrl}?api=${encodeURIComponent(mock.url)}#${path}`)
  if (signedIn) {
    const form = page.getByRole('form', { name: 'Sign in' })
    await form.getByLabel('Email').fill('demo@example.com')
    await form.getByLabel('Password').fill('password123')
    await form.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
  }
  return page
}

/** The toasts on screen that say `text`, and how many times each was raised. */
const toastCounts = (page: Page, text: string) =>
  page
    .locator('.aek-toast', { hasText: text })
    .evaluateAll((toasts) => toasts.map((toast) => toast.getAttribute('data-count')))

const SESSION_EXPIRED = 'Your session has expired. Please sign in again.'
const SESSION_ENDED = 'Your session has ended. Please sign in again.'

describe('the blog admin, built and served on its own', () => {
  it('signs in, keeps the session across a reload, and goes back to the page asked for', async () => {
    const page = await open('/tasks')
    await page.getByRole('heading', { name: 'Tasks' }).waitFor()
    await page.getByText('Write the tests').waitFor()
    await page.reload()
    await page.getByText('Write the tests').waitFor()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('form', { name: 'Sign in' }).waitFor()
  }, 30_000)

  it('lands on sign-in with one announcement when the session ends on a page', async () => {
    const page = await open('/tasks')
    await page.getByText('Write the tests').waitFor()
    await page.getByRole('button', { name: 'End my session' }).click()
    await page.getByText('The session will end at the next request.').waitFor()
    await page.getByRole('button', { name: 'Reload' }).click()
    await page.getByRole('form', { name: 'Sign in' }).waitFor()
    await page.locator('.aek-toast', { hasText: SESSION_EXPIRED }).waitFor()
    expect(await toastCounts(page, SESSION_EXPIRED)).toEqual(['1'])
    expect(await page.getByText('Write the tests').count()).toBe(0)
    expect(mock.stats.refreshCalls).toBe(1)
  }, 30_000)

  it('ends the session on a token the backend no longer knows', async () => {
    const page = await open('/posts')
    await page.getByText('Hello, world').waitFor()
    await page.getByRole('button', { name: 'Restart the backend' }).click()
    await page.getByText('The backend forgot every session.').waitFor()
    await page.getByRole('link', { name: 'Tasks' }).click()
    await page.getByRole('form', { name: 'Sign in' }).waitFor()
    await page.locator('.aek-toast', { hasText: SESSION_ENDED }).waitFor()
    expect(await toastCounts(page, SESSION_ENDED)).toEqual(['1'])
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0)
  }, 30_000)

  it('shows the 403 banner with no Try again, and takes it away with its page', async () => {
    const page = await open('/secrets')
    const banner = page.getByRole('alert').filter({ hasText: "You don't have access" })
    await banner.waitFor()
    expect(await banner.getByRole('button', { name: 'Try again' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Posts' }).click()
    await page.getByText('Hello, world').waitFor()
    await banner.waitFor({ state: 'detached' })
  }, 30_000)

  it('counts down a wait the client takes by itself, then shows the list', async () => {
    const page = await open('/tasks')
    await page.getByText('Write the tests').waitFor()
    await page.getByRole('button', { name: 'Slow down the tasks (2 s)' }).click()
    await page.getByText('The next load of the tasks waits 2 s.').waitFor()
    await page.getByRole('button', { name: 'Reload' }).click()
    const countdown = page.locator('.aek-countdown')
    await countdown.getByRole('timer').waitFor()
    // Retry-After: 2, and a jitter that stays within the demo's maxRetryAfterMs (2.5 s).
    expect(await countdown.textContent()).toMatch(/Trying again in [1-3]s/)
    expect(await countdown.getByRole('button').count()).toBe(0)
    await countdown.waitFor({ state: 'detached', timeout: 10_000 })
    await page.getByRole('button', { name: 'Reload' }).waitFor()
    expect(mock.stats.earlyRequests).toBe(0)
  }, 30_000)

  it('offers Try again on a failed save, and trying again publishes', async () => {
    const page = await open('/posts')
    await page.getByText('Hello, world').waitFor()
    await page.getByRole('button', { name: 'Fail the next save' }).click()
    await page.getByText('The next save fails.').waitFor()
    const form = page.getByRole('form', { name: 'New post' })
    await form.getByLabel('Title').fill('Errors that follow the app')
    await form.getByRole('button', { name: 'Publish' }).click()
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByText('Published “Errors that follow the app”.').waitFor()
    await page.getByRole('listitem').filter({ hasText: 'Errors that follow the app' }).waitFor()
  }, 30_000)
})
