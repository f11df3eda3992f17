import { render } from 'vitest-browser-react'
import { ApiErrorProvider } from '../react/ApiErrorProvider.js'
import { createErrorHub } from '../react/routing/createErrorHub.js'
import { ErrorBanner } from './banner/ErrorBanner.js'
import { RateLimitCountdown } from './countdown/RateLimitCountdown.js'
import { DeveloperDetails } from './details/DeveloperDetails.js'
import { PageError } from './PageError.js'
import { makeApiError } from './testUtils/makeApiError.js'
import { createToast } from './toast/toast.js'
import { Toaster } from './toast/Toaster.js'
import { createToastStore } from './toast/toastStore.js'

const RLO = '\u202E' // right-to-left override, never terminated below
const RLI = '\u2067' // right-to-left isolate
const PDI = '\u2069' // pop directional isolate
const ALEF = '\u05D0'

/** Server messages that reverse what follows them unless they are isolated (and balanced). */
const hostile = [
  ['an unterminated override', `Card declined${RLO} now`],
  ['a stray isolate end before an override', `Card declined${PDI}${RLO} now`],
  ['an isolate left open in right-to-left text', `${ALEF}${RLI}${ALEF}${ALEF}`],
] as const

/** The box of the text node that holds `text` (or starts it) inside `root`. */
function textBox(root: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent && text.startsWith(node.textContent.slice(0, 4))) {
      const range = document.createRange()
      range.selectNodeContents(node)
      return range.getBoundingClientRect()
    }
  }
  throw new Error(`No text node for ${JSON.stringify(text)}`)
}

/** True when every node of `root` that shows `text` sits in a `<bdi>` or an element with `dir`. */
const isolated = (root: Element, text: string) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Node[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent?.includes(text.slice(0, 4))) nodes.push(node)
  return nodes.length > 0 && nodes.every((node) => node.parentElement?.closest('bdi, [dir]'))
}

describe('server text is isolated from the text around it', () => {
  test.each(hostile)('a toast keeps its repeat count after %s', async (_, message) => {
    const store = createToastStore()
    const notify = createToast(store)
    await render(<Toaster store={store} />)
    const error = makeApiError({ userMessage: message })
    notify.error(error)
    notify.error(error)
    // The toaster's list is portalled to the body.
    await expect.poll(() => document.querySelector('.aek-toast-count')?.textContent).toBe(' ×2')
    const shown = document.querySelector('.aek-toast-count')!
    const description = shown.parentElement!
    // Left to right: the count starts where the message ends, not inside or before it.
    expect(shown.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      textBox(description, message).right - 1,
    )
    expect(isolated(description, message)).toBe(true)
  })

  test.each(hostile)('the banner, page error and developer details isolate %s', async (_, text) => {
    const error = makeApiError({
      userMessage: text,
      devMessage: text,
      requestId: text,
      url: `https://api.example.com/${text}`,
    })
    // A title of other words: a message that only repeated the title would not be shown.
    const banner = await render(<ErrorBanner error={error} title={`${text} (title)`} />)
    expect(isolated(banner.container.querySelector('.aek-banner-message')!, text)).toBe(true)
    expect(isolated(banner.container.querySelector('.aek-banner-title')!, text)).toBe(true)
    await banner.unmount()
    const details = await render(<DeveloperDetails error={error} defaultOpen />)
    for (const dd of details.container.querySelectorAll('dd')) {
      expect(dd.querySelector('bdi, [dir]'), dd.textContent ?? '').not.toBeNull()
    }
    await details.unmount()
    const hub = createErrorHub()
    const screen = await render(
      <ApiErrorProvider hub={hub}>
        <PageError />
      </ApiErrorProvider>,
    )
    hub.route(makeApiError({ ...error, status: 403, kind: 'permission' }), { source: 'query' })
    await expect
      .poll(() => screen.container.querySelector('.aek-banner-message') !== null)
      .toBe(true)
    expect(isolated(screen.container, text)).toBe(true)
  })

  test('the countdown keeps its seconds apart from the sentence around them', async () => {
    const screen = await render(
      <RateLimitCountdown until={Date.now() + 65_000} waitingText={`${ALEF}${RLO} wait`} />,
    )
    await expect.poll(() => screen.container.querySelector('[role="timer"]') !== null).toBe(true)
    const timer = screen.container.querySelector('[role="timer"]')!
    expect(timer.closest('bdi, [dir]')).not.toBeNull()
    expect(isolated(screen.container, `${ALEF}${RLO}`)).toBe(true)
  })
})
