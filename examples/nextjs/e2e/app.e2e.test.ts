import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import chromiumSetup from '../../../scripts/chromium.json' with { type: 'json' }
import { startMockBackend, type RunningMockBackend } from '../../../src/testing/startMockBackend.js'
import { packAndBuild, startApp, type RunningApp } from './exampleApp.js'

// The Next.js example as a user meets it: built with `next build` on the packed library, served
// by `next start`, talking to the mock backend on loopback, driven in Chromium.

const chromiumPath = process.env.CHROMIUM_PATH ?? chromiumSetup.path
let mock: RunningMockBackend
let app: RunningApp
let browser: Browser

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`,
    )
  packAndBuild()
  mock = await startMockBackend()
  app = await startApp(mock.url)
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumSetup.args })
})

afterAll(async () => {
  await browser?.close() // and every page's context with it
  await app?.stop()
  await mock?.close()
})

/** A page in a fresh browser profile; signed in when `signedIn`, as after a sign-in. */
async function openPage(path: string, { signedIn = false } = {}): Promise<Page> {
  const context = await browser.newContext()
  if (signedIn) {
    const { accessToken, refreshToken } = mock.control.signIn()
    const tokens = JSON.stringify({ accessToken, refreshToken })
    await context.addInitScript((value) => {
      localStorage.setItem('api-error-kit.tokens', value)
    }, tokens)
  }
  const page = await context.newPage()
  await page.goto(app.url + path)
  // Hydrated: a click before that would post the form without JavaScript (which works too).
  await page.waitForLoadState('networkidle')
  return page
}

/** Polls `read` until it gives `expected`, with room for a busy machine. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 })

const requestsTo = (page: Page, path: string) => {
  const seen: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) seen.push(request.method())
  })
  return seen
}

describe('the Next.js example', () => {
  it('renders the posts a Server Component prefetched with createQueryClient, and the page does not fetch them again', async () => {
    const html = await (await fetch(`${app.url}/en`)).text()
    expect(html).toContain('Hello, world')
    expect(html).toContain('Retry honestly')

    const context = await browser.newContext()
    const page = await context.newPage()
    const postRequests = requestsTo(page, '/v1/data/posts')
    await page.goto(`${app.url}/en`)
    await page.getByRole('region', { name: 'Posts' }).getByText('Errors are data').waitFor()
    await page.waitForLoadState('networkidle')
    expect(postRequests).toEqual([])
  })

  it('refreshes an expired token once for the lists the page fetches, and shows them', async () => {
    const context = await browser.newContext()
    const { accessToken, refreshToken } = mock.control.signIn()
    await context.addInitScript((value) => {
      localStorage.setItem('api-error-kit.tokens', value)
    }, JSON.stringify({ accessToken, refreshToken }))
    mock.control.expireAllTokens()
    const page = await context.newPage()
    const refreshes = requestsTo(page, '/v1/auth/refresh')
    const todoRequests = requestsTo(page, '/v1/data/todos')
    await page.goto(`${app.url}/en`)
    await page.getByRole('region', { name: 'Your todos' }).getByText('Ship it').waitFor()
    expect(refreshes).toEqual(['POST'])
    expect(todoRequests).toEqual(['GET', 'GET']) // the 401, then the replay with the new token
    expect(mock.stats.refreshReplaysRejected).toBe(0)
  })

  it('shows a forbidden list as a banner in the language of each page, two pages at once', async () => {
    const [english, french] = await Promise.all([
      openPage('/en', { signedIn: true }),
      openPage('/fr', { signedIn: true }),
    ])
    const englishBanner = english.getByRole('alert').filter({ hasText: 'access' })
    const frenchBanner = french.getByRole('alert').filter({ hasText: 'accès' })
    await Promise.all([englishBanner.waitFor(), frenchBanner.waitFor()])
    expect(await englishBanner.textContent()).toContain("You don't have access")
    expect(await englishBanner.textContent()).toContain("You don't have permission to do that.")
    expect(await frenchBanner.textContent()).toContain("Vous n'avez pas accès")
    expect(await frenchBanner.textContent()).toContain(
      "Vous n'avez pas l'autorisation de faire cela.",
    )
    expect(await french.locator('html').getAttribute('lang')).toBe('fr')
    expect(await french.getByRole('heading', { name: 'Vos tâches' }).count()).toBe(1)
  })

  it("shows a Server Component's error in the page's first HTML and language, as a region", async () => {
    // Without JavaScript: what the server rendered.
    const html = await (await fetch(`${app.url}/en/secrets`)).text()
    expect(html).toContain('class="aek-banner"')
    expect(html).not.toContain('do not have permission to access') // the developer's words

    const [english, french] = await Promise.all([openPage('/en/secrets'), openPage('/fr/secrets')])
    const englishBanner = english.getByRole('region', { name: "You don't have access" })
    const frenchBanner = french.getByRole('region', { name: "Vous n'avez pas accès" })
    expect(await englishBanner.textContent()).toContain("You don't have permission to do that.")
    expect(await frenchBanner.textContent()).toContain(
      "Vous n'avez pas l'autorisation de faire cela.",
    )
    // Present as the page loaded: a named region, not an alert read out over the page (the
    // one alert outside main is Next.js's route announcer).
    expect(await english.getByRole('main').getByRole('alert').count()).toBe(0)
  })

  it("puts the server action's field errors on the fields, and its summary takes focus", async () => {
    // bkend's own envelope has no field messages; RFC 9457 problem details do.
    mock.control.setMode('problem')
    onTestFinished(() => mock.control.setMode('bkend'))
    const page = await openPage('/en/sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const email = page.getByLabel('Email')
    await eventually(() => email.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#email-error').textContent()).toBe('This value is required.')
    expect(await page.locator('#password-error').textContent()).toBe('This value is required.')
    const summary = page.getByRole('region', { name: 'There is a problem' })
    await eventually(() => summary.evaluate((node) => node === document.activeElement)).toBe(true)

    await email.fill('ann@')
    await page.getByLabel('Password').fill('password123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await eventually(() => page.locator('#email-error').textContent()).toBe(
      'Enter a valid email address, e.g. user@example.com.',
    )
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).not.toBe('true')
    expect(await email.inputValue()).toBe('ann@') // the form kept what was typed
  })

  it("says a wrong password in each page's language, two pages at once", async () => {
    const pages = await Promise.all([openPage('/en/sign-in'), openPage('/fr/sign-in')])
    await Promise.all(
      pages.map(async (page, index) => {
        await page.getByLabel(index === 0 ? 'Email' : 'E-mail').fill('demo@example.com')
        await page.getByLabel(index === 0 ? 'Password' : 'Mot de passe').fill('wrong-password')
        await page.getByRole('button', { name: index === 0 ? 'Sign in' : 'Se connecter' }).click()
      }),
    )
    const [english, french] = pages
    await english!.getByText('The email or password is incorrect.').waitFor()
    await french!.getByText("L'e-mail ou le mot de passe est incorrect.").waitFor()
  })

  it("follows the action's redirect after a right password", async () => {
    const page = await openPage('/en/sign-in')
    await page.getByLabel('Email').fill('demo@example.com')
    await page.getByLabel('Password').fill('password123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${app.url}/en`)
    await page.getByRole('region', { name: 'Posts' }).getByText('Hello, world').waitFor()
  })
})
