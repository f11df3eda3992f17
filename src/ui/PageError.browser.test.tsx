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

  test('Try again closes the error and retries the failed call', async () => {
    const hub = createErrorHub()
    const retry = vi.fn()
    await render(
      <ApiErrorProvider hub={hub}>
        <PageError developerDetails={false} />
      </ApiErrorProvider>,
    )
    hub.route(makeApiError({ userMessage: 'Something broke.' }), { source: 'query', retry })
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

  // Regression: a 403 banner offered Try again, which could only fetch the same refusal again.
  test('offers no Try again for a 403 or a 404, only Dismiss', async () => {
    const hub = createErrorHub()
    await render(
      <ApiErrorProvider hub={hub}>
        <PageError developerDetails={false} />
      </ApiErrorProvider>,
    )
    hub.route(forbidden, { source: 'query', retry: () => {} })
    await expect.element(page.getByRole('button', { name: 'Dismiss' })).toBeVisible()
    expect(page.getByRole('button', { name: /try again/i }).elements()).toHaveLength(0)
  })

  // Regression: a 401 banner ("Sign in to continue") offered Try again, which met the same 401.
  test('offers Sign in for a 401 when the app says how, and no Try again', async () => {
    const hub = createErrorHub()
    const onSignIn = vi.fn()
    const retry = vi.fn()
    await render(
      <ApiErrorProvider hub={hub}>
        <PageError developerDetails={false} onSignIn={onSignIn} />
      </ApiErrorProvider>,
    )
    hub.route(
      makeApiError({ status: 401, code: 'auth/unauthorized', kind: 'auth', type: 'user' }),
      { source: 'query', retry },
    )
    await userEvent.click(page.getByRole('button', { name: 'Sign in' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
    expect(retry).not.toHaveBeenCalled()
    expect(page.getByRole('button', { name: /try again/i }).elements()).toHaveLength(0)
  })

  // Regression: Dismiss took the banner away and the one it covered took its place at once.
  test('Dismiss closes the banner and the ones it covered', async () => {
    const hub = createErrorHub()
    const screen = await render(
      <ApiErrorProvider hub={hub}>
        <PageError developerDetails={false} />
      </ApiErrorProvider>,
    )
    hub.route(forbidden, { source: 'query' })
    hub.route(makeApiError({ status: 404, kind: 'not-found', code: 'data/not-found' }), {
      source: 'query',
    })
    await expect.element(page.getByText("We couldn't find that")).toBeVisible()
    await userEvent.click(page.getByRole('button', { name: 'Dismiss' }))
    await expect.poll(() => screen.container.textContent).toBe('')
  })

  // Regression: a 429 whose Retry-After the client waited out by itself (8 s, under its 30 s
  // maxRetryAfterMs) showed nothing: an eight-second spinner with no reason given.
  test('counts down a Retry-After the client is waiting out by itself, with no button', async () => {
    let calls = 0
    const client = createApiClient({
      baseUrl: 'https://api.test',
      fetch: async () =>
        ++calls === 1
          ? new Response('{}', { status: 429, headers: { 'retry-after': '2' } })
          : Response.json({ ok: true }),
      // No jitter on the server's wait: the count starts at 2 s.
      retry: { random: () => 0 },
    })
    const screen = await render(
      <ApiErrorProvider hub={createErrorHub()} client={client}>
        <PageError />
      </ApiErrorProvider>,
    )
    const request = client.get('/v1/data/stats')
    await expect.element(page.getByRole('timer')).toBeVisible()
    expect(screen.container.textContent).toMatch(/Too many requests\. Trying again in [12]s/)
    expect(page.getByRole('button').elements()).toHaveLength(0)
    await expect.element(page.getByRole('status')).toHaveTextContent(/Trying again in 2 seconds/)
    await expectNoAxeViolations(screen.container)
    await expect(request).resolves.toEqual({ ok: true })
    await expect.poll(() => screen.container.textContent).toBe('')
  })

  test('leaves a short wait the client takes itself unshown', async () => {
    let calls = 0
    const client = createApiClient({
      baseUrl: 'https://api.test',
      fetch: async () =>
        ++calls === 1
          ? new Response('{}', { status: 429, headers: { 'retry-after': '0.5' } })
          : Response.json({ ok: true }),
    })
    const screen = await render(
      <ApiErrorProvider hub={createErrorHub()} client={client}>
        <PageError />
      </ApiErrorProvider>,
    )
    const seen: string[] = []
    const watch = setInterval(() => seen.push(screen.container.textContent ?? ''), 20)
    await client.get('/v1/data/stats')
    clearInterval(watch)
    expect(seen.join('')).toBe('')
  })
})
