import type { Browser, BrowserContext, Page } from 'playwright-core'
import type * as CoreEntry from '../src/core/index.js'
import { startMockBackend, type RunningMockBackend } from '../src/testing/startMockBackend.js'
import { bundleClient, startClientPage } from './support/clientPage.js'
import { launchChromium } from './support/launchChromium.js'

// Two real Chromium pages of one origin share Web Locks, BroadcastChannel and localStorage;
// with an expired token and requests firing in both, the mock bkend must see one refresh.

type Kit = typeof CoreEntry
type PageGlobals = { kit: Kit; client: ReturnType<Kit['createApiClient']> }

let browser: Browser
let pageServer: Awaited<ReturnType<typeof startClientPage>>
let pageUrl: string
let mock: RunningMockBackend
let context: BrowserContext | undefined

beforeAll(async () => {
  const [code, launched] = await Promise.all([bundleClient(), launchChromium()])
  browser = launched
  pageServer = await startClientPage(code)
  pageUrl = pageServer.url
}, 30_000)

afterEach(async () => {
  await context?.close()
  await mock?.close()
})

afterAll(async () => {
  await browser?.close()
  await pageServer?.close()
})

/** Opens a tab of the page origin with a bkendAuth client on `storage` ('local' or memory). */
async function openTab(storage: 'local' | 'memory', tokens: unknown): Promise<Page> {
  const page = await context!.newPage()
  await page.goto(pageUrl)
  await page.waitForFunction(() => 'kit' in window)
  await page.evaluate(
    ({ baseUrl, storage, tokens }) => {
      const globals = window as unknown as PageGlobals
      const { createApiClient, bkendAuth, fromBkendTokens, memoryTokenStore } = globals.kit
      const store = storage === 'local' ? 'local' : memoryTokenStore(fromBkendTokens(tokens))
      const options = bkendAuth({ baseUrl, publishableKey: 'pk_test_demo', storage: store })
      globals.client = createApiClient(options)
      if (storage === 'local' && !globals.client.tokens!.get())
        globals.client.tokens!.set(fromBkendTokens(tokens))
    },
    { baseUrl: mock.url, storage, tokens },
  )
  return page
}

/** Fires `count` requests in the tab at once; resolves to how many succeeded. */
const fire = (page: Page, count: number) =>
  page.evaluate(async (count) => {
    const { client } = window as unknown as PageGlobals
    const results = await Promise.allSettled(
      Array.from({ length: count }, (_, index) =>
        client.get(index % 2 ? '/v1/auth/me' : '/v1/data/posts'),
      ),
    )
    return results.map((result) =>
      result.status === 'fulfilled' ? 'ok' : (result.reason as Error & { code: string }).code,
    )
  }, count)

describe('two tabs with an expired token', () => {
  it.each(['local', 'memory'] as const)(
    'refresh once in all (%s storage)',
    async (storage) => {
      mock = await startMockBackend()
      context = await browser.newContext()
      const tokens = mock.control.signIn()
      const tabs = [await openTab(storage, tokens), await openTab(storage, tokens)]
      mock.control.expireAllTokens()
      for (let round = 0; round < 5; round += 1) {
        const results = await Promise.all(tabs.map((tab) => fire(tab, 6)))
        const stats = mock.stats.snapshot()
        expect({ round, results: results.flat(), refreshes: stats.refreshCalls }).toEqual({
          round,
          results: Array(12).fill('ok'),
          refreshes: round + 1,
        })
        expect(stats.sessionsRevoked).toBe(0)
        expect(stats.refreshReplaysRejected).toBe(0)
        mock.control.expireAllTokens()
      }
    },
    20_000,
  )
})
