import type { Browser, BrowserContext, Page } from 'playwright-core'
import type * as CoreEntry from '../src/core/index.js'
import { startMockBackend, type RunningMockBackend } from '../src/testing/startMockBackend.js'
import { bundleClient, startClientPage } from './support/clientPage.js'
import { launchChromium } from './support/launchChromium.js'

// Issue 15, items 5 and 6, in real Chromium with four pages of one origin against the mock bkend
// over loopback: a tab closed mid-refresh never makes another tab send its refresh token again
// (bkend would revoke every device's session), and the end of a session reaches each page once.

type Kit = typeof CoreEntry
type PageGlobals = {
  kit: Kit
  client: ReturnType<Kit['createApiClient']>
  sessionEnds: number
}

let browser: Browser
let pageServer: { url: string; close(): Promise<void> }
let mock: RunningMockBackend | undefined
let context: BrowserContext | undefined

beforeAll(async () => {
  const [code, launched] = await Promise.all([bundleClient(), launchChromium()])
  browser = launched
  pageServer = await startClientPage(code)
}, 60_000)

afterEach(async () => {
  await context?.close()
  await mock?.close()
})

afterAll(async () => {
  await browser?.close()
  await pageServer?.close()
})

/** Opens a page with a bkendAuth client that counts its `onSessionExpired` calls. */
async function openTab(storage: 'local' | 'memory', tokens: unknown): Promise<Page> {
  const page = await context!.newPage()
  await page.goto(pageServer.url)
  await page.waitForFunction(() => 'kit' in window)
  await page.evaluate(
    ({ baseUrl, storage, tokens }) => {
      const globals = window as unknown as PageGlobals
      const { createApiClient, bkendAuth, fromBkendTokens, memoryTokenStore } = globals.kit
      globals.sessionEnds = 0
      const store = storage === 'local' ? 'local' : memoryTokenStore(fromBkendTokens(tokens))
      const options = bkendAuth({
        baseUrl,
        publishableKey: 'pk_test_demo',
        storage: store,
        auth: { onSessionExpired: () => void (globals.sessionEnds += 1) },
      })
      globals.client = createApiClient({ ...options, retry: false })
      if (storage === 'local' && !globals.client.tokens!.get())
        globals.client.tokens!.set(fromBkendTokens(tokens))
    },
    { baseUrl: mock!.url, storage, tokens },
  )
  return page
}

/** Sends one GET in the page; resolves to 'ok' or the error's code. */
const getIn = (page: Page) =>
  page.evaluate(async () => {
    const { client } = window as unknown as PageGlobals
    return client.get('/v1/auth/me').then(
      () => 'ok',
      (error: { code: string }) => error.code,
    )
  })

const sessionEndsIn = (page: Page) =>
  page.evaluate(() => (window as unknown as PageGlobals).sessionEnds)

/** Polls `check` until it holds or `ms` pass (a generous bound: the machine may be busy). */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('The condition did not hold in time.')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('four tabs, the refreshing one closed mid-refresh', () => {
  it.each(['local', 'memory'] as const)(
    'sends no refresh token twice and revokes no session (%s storage)',
    async (storage) => {
      mock = await startMockBackend()
      context = await browser.newContext()
      const tokens = mock.control.signIn()
      const tabs = await Promise.all([0, 1, 2, 3].map(() => openTab(storage, tokens)))
      mock.control.expireAllTokens()
      // bkend rotates the refresh token on receipt; this answer comes 1.5 s later.
      mock.control.fault({
        type: 'slow',
        late: true,
        delayMs: 1500,
        match: { method: 'POST', path: '/v1/auth/refresh' },
        times: Infinity,
      })
      const [closing, ...others] = tabs
      void getIn(closing!).catch(() => 'closed')
      await eventually(async () => mock!.stats.refreshCalls === 1)
      await new Promise((resolve) => setTimeout(resolve, 300))
      await closing!.close()
      const results = await Promise.all(others.map(getIn))
      const stats = mock.stats.snapshot()
      expect(Object.values(stats.refreshTokensReceived)).toEqual([1])
      expect(stats.refreshReplaysRejected).toBe(0)
      expect(stats.sessionsRevoked).toBe(0)
      // This browser's session is lost (its new tokens went with the closed tab); no other is.
      expect(results).toEqual([
        'auth/session-expired',
        'auth/session-expired',
        'auth/session-expired',
      ])
      await eventually(async () => (await Promise.all(others.map(sessionEndsIn))).every(Boolean))
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await Promise.all(others.map(sessionEndsIn))).toEqual([1, 1, 1])
      // Another device's session (signed in apart) still works.
      const other = mock.control.signIn()
      const me = await fetch(`${mock.url}/v1/auth/me`, {
        headers: { 'x-api-key': 'pk_test_demo', authorization: `Bearer ${other.accessToken}` },
      })
      expect(me.status).toBe(200)
    },
    60_000,
  )
})

describe('four tabs, the session ended in one', () => {
  it.each(['local', 'memory'] as const)(
    'runs onSessionExpired once in each page (%s storage)',
    async (storage) => {
      mock = await startMockBackend()
      context = await browser.newContext()
      const tokens = mock.control.signIn()
      const tabs = await Promise.all([0, 1, 2, 3].map(() => openTab(storage, tokens)))
      mock.control.revokeAllSessions()
      expect(await getIn(tabs[0]!)).toBe('auth/session-expired')
      await eventually(async () => (await Promise.all(tabs.map(sessionEndsIn))).every(Boolean))
      // Time for a second telling (the storage event and the broadcast both arrive) to show.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await Promise.all(tabs.map(sessionEndsIn))).toEqual([1, 1, 1, 1])
    },
    60_000,
  )
})
