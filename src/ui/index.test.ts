import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { ApiErrorProvider } from '../react/ApiErrorProvider.js'
import { createErrorHub } from '../react/routing/createErrorHub.js'
import {
  DeveloperDetails,
  ErrorBanner,
  PageError,
  RateLimitCountdown,
  Toaster,
  createToast,
  createToastStore,
} from './index.js'
import { makeApiError } from './testUtils/makeApiError.js'

// This file runs in Node: no window, no document. A server render must neither touch them nor
// show notices that only the client can time and dismiss.
describe('the ui entry on the server', () => {
  const limited = makeApiError({ status: 429, kind: 'rate-limit', retryAfterMs: 5000 })

  test('runs where window and document do not exist', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  test('Toaster renders its empty viewport, even with notices in the store', () => {
    const store = createToastStore()
    createToast(store).error('Raised during the server render')
    const html = renderToString(h(Toaster, { store }))
    expect(html).toContain('aek-toaster')
    expect(html).not.toContain('Raised during the server render')
  })

  test('ErrorBanner renders as a named region, not an alert, with focusOnMount too', () => {
    const html = renderToString(h(ErrorBanner, { error: makeApiError(), focusOnMount: true }))
    expect(html).toContain('role="region"')
    expect(html).not.toContain('role="alert"')
  })

  test('RateLimitCountdown renders the seconds left and an empty status region', () => {
    const html = renderToString(h(RateLimitCountdown, { until: Date.now() + 5000 }))
    expect(html).toMatch(/role="timer"[^>]*>5s</)
    expect(html).toMatch(/role="status"[^>]*><\/span>/)
  })

  test('DeveloperDetails renders closed', () => {
    const html = renderToString(h(DeveloperDetails, { error: makeApiError() }))
    expect(html).toContain('aria-expanded="false"')
    expect(html).not.toContain('NullPointerException')
  })

  test('PageError renders the page-level error of the hub', () => {
    const hub = createErrorHub()
    hub.route(limited, { source: 'query' })
    expect(renderToString(h(ApiErrorProvider, { hub }, h(PageError)))).toContain('aek-countdown')
    hub.route(makeApiError(), { source: 'query' })
    expect(renderToString(h(ApiErrorProvider, { hub }, h(PageError)))).toContain('aek-banner')
  })
})
