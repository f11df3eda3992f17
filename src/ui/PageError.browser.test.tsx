import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { createApiClient } from '../core/client/createApiClient.js'
import { ApiErrorProvider } from '../react/ApiErrorProvider.js'
import { createErrorHub } from '../react/routing/createErrorHub.js'
import { PageError } from './PageError.js'
import { expectNoAxeViolations } from './testUtils/expectNoAxeViolations.js'
import { makeApiError } from './testUtils/makeApiError.js'

const forbidden = makeApiError({
  status: 403,
  code: 'data/permission-denied',
  kind: 'permission',
  type: 'codebase',
  userMessage: "You don't have permission to do that.",
})
const limited = (url?: string) =>
  makeApiError({
    status: 429,
    code: 'data/rate-limit-exceeded',
    kind: 'rate-limit',
    type: 'user',
    userMessage: 'Too many requests.',
    retryAfterMs: 5000,
    url,
  })

describe('PageError', () => {
  test('shows nothing until the hub has a page-level error, then a banner that dismisses', async () => {
    const hub = createErrorHub()
    const screen = await render(
      <ApiErrorProvider hub={hub}>
        <PageError developerDetails={false} />
      </ApiErrorProvider>,
    )
    expect(screen.container.textContent).toBe('')
    hub.route(forbidden, { source: 'query' })
    await expect.element(page.getByText("You don't have access")).toBeVisible()
    await expect.element(page.getByText("You don't have permission to do that.")).toBeVisible()
    await expectNoAxeViolations(screen.container)
    await userEvent.click(page.getByRole('button', { name: /dismiss/i }))
    await expect.poll(() => screen.container.textContent).toBe('')
  })

  test('retry dismisses the error and retries the failed call', async () => {
    const hub = createErrorHub()
    const retry = vi.fn()
    await render(
      <ApiErrorProvider hub={hub}>
        <PageError developerDetails={false} />
      </ApiErrorProvider>,
    )
    hub.route(forbidden, { source: 'query', retry })
    await userEvent.click(page.getByRole('button', { name: /try again/i }))
    expect(retry).toHaveBeenCalledTimes(1)
    expect(hub.getPageError()).toBeUndefined()
  })

  test('counts down a rate limit on the client cooldown of its scope', async () => {
    const hub = createErrorHub()
    const client = createApiClient({ baseUrl: 'https://api.test' })
    client.rateLimits.set({ scope: 'https://api.test', until: Date.now() + 42_000 })
    const screen = await render(
      <ApiErrorProvider hub={hub} client={client}>
        <PageError />
      </ApiErrorProvider>,
    )
    hub.route(limited('https://api.test/v1/data/posts'), { source: 'query' })
    await expect.element(page.getByRole('timer')).toHaveTextContent(/4[12]/)
    await expectNoAxeViolations(screen.container)
  })

  test('without a client cooldown, counts down the error own retry-after', async () => {
    const hub = createErrorHub()
    await render(
      <ApiErrorProvider hub={hub}>
        <PageError />
      </ApiErrorProvider>,
    )
    hub.route(limited(), { source: 'mutation' })
    await expect.element(page.getByRole('timer')).toHaveTextContent(/[45]/)
  })

  test('a rate limit with no wait to count (no Retry-After, or zero) is an announced banner, not an empty countdown', async () => {
    for (const retryAfterMs of [undefined, 0, Number.NaN]) {
      const hub = createErrorHub()
      const screen = await render(
        <ApiErrorProvider hub={hub}>
          <PageError developerDetails={false} />
        </ApiErrorProvider>,
      )
      const error = makeApiError({
        status: 429,
        kind: 'rate-limit',
        userMessage: 'Too many requests.',
        retryAfterMs,
      })
      hub.route(error, { source: 'query', retry: () => {} })
      await expect.element(page.getByRole('alert')).toHaveTextContent('Too many requests.')
      expect(screen.container.textContent).not.toContain('You can try again now.')
      await expect.element(page.getByRole('button', { name: /try again/i })).toBeVisible()
      await screen.unmount()
    }
  })
})
