import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { expectNoAxeViolations } from '../testUtils/expectNoAxeViolations.js'
import { makeApiError } from '../testUtils/makeApiError.js'
import { DeveloperDetails } from './DeveloperDetails.js'

// Vite replaces process.env.NODE_ENV in the browser, so this file covers development builds;
// DeveloperDetails.test.tsx (jsdom) stubs NODE_ENV to cover production.
const error = makeApiError({
  requestId: 'req_123',
  requestMethod: 'GET',
  url: 'https://api.example.com/v1/posts',
  devMessage: 'Column "title" is null',
})

describe('DeveloperDetails in development', () => {
  test('a closed disclosure that opens on the trigger', async () => {
    await render(<DeveloperDetails error={error} />)
    const trigger = page.getByRole('button', { name: 'Developer details' })
    await expect.element(trigger).toHaveAttribute('aria-expanded', 'false')
    expect(document.body.textContent).not.toContain('req_123')
    await userEvent.click(trigger)
    await expect.element(trigger).toHaveAttribute('aria-expanded', 'true')
    await expect.element(page.getByText('req_123')).toBeVisible()
  })

  test('lists code, status, format, request id, request and developer message', async () => {
    const screen = await render(<DeveloperDetails error={error} defaultOpen />)
    const rows = [...screen.container.querySelectorAll('dl > div')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ])
    expect(rows).toEqual([
      ['Code', 'http/500'],
      ['Status', '500'],
      ['Format', 'problem-details'],
      ['Request id', 'req_123'],
      ['Request', 'GET https://api.example.com/v1/posts'],
      ['Developer message', 'Column "title" is null'],
    ])
  })

  test('HTML in the developer message stays inert text', async () => {
    const hostile = '<img src=x onerror="window.__aekDetails=1">'
    const screen = await render(
      <DeveloperDetails error={makeApiError({ devMessage: hostile })} defaultOpen />,
    )
    await expect.element(page.getByText(hostile)).toBeVisible()
    expect(screen.container.querySelector('img')).toBeNull()
  })

  test('axe finds nothing closed and open', async () => {
    const closed = await render(<DeveloperDetails error={error} />)
    await expectNoAxeViolations(closed.container)
    const open = await render(<DeveloperDetails error={error} defaultOpen />)
    await expectNoAxeViolations(open.container)
  })
})
