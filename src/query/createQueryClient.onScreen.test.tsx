import { act, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { backend, createApp, serveMockApi } from '../../test/support/mockApi.js'
import { useApiError } from '../react/useApiError.js'
import { useApiQuery } from './useApiQuery.js'

serveMockApi()

function Secrets() {
  const secrets = useApiQuery({ queryKey: ['secrets'], path: '/v1/data/secrets' })
  return <p>{secrets.isError ? 'refused' : 'loading'}</p>
}

function Banner() {
  const { error } = useApiError()
  return <p role="status">{error ? error.userMessage : 'no banner'}</p>
}

/** A page with the secrets twice (a list and a count), and a way to leave them. */
function App({ copies = 1 }: { copies?: number }) {
  const [shown, setShown] = useState(copies)
  return (
    <>
      <Banner />
      {Array.from({ length: shown }, (_, index) => (
        <Secrets key={index} />
      ))}
      <button type="button" onClick={() => setShown((count) => count - 1)}>
        leave one
      </button>
    </>
  )
}

// Regression: a 403 banner stayed on every page the user went to next, until the cache forgot
// the query (gcTime, 5 minutes), and its Try again refetched a query nobody could see.
describe('createQueryClient: page-level errors belong to what is on screen', () => {
  it('takes a query’s banner away when the last component watching it unmounts', async () => {
    const { Wrapper, queryClient } = createApp()
    render(<App copies={2} />, { wrapper: Wrapper })
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent('no banner'))
    act(() => screen.getByRole('button').click())
    // One component still shows the refused query: its banner stays.
    expect(screen.getByRole('status')).not.toHaveTextContent('no banner')
    act(() => screen.getByRole('button').click())
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('no banner'))
    // The cache still holds the failed query; only the screen moved on.
    expect(queryClient.getQueryState(['secrets'])?.status).toBe('error')
  })

  it('keeps the banner when one component hands the query to another in the same render', async () => {
    function Swap() {
      const [second, setSecond] = useState(false)
      return (
        <>
          <Banner />
          {second ? <Secrets key="b" /> : <Secrets key="a" />}
          <button type="button" onClick={() => setSecond(true)}>
            swap
          </button>
        </>
      )
    }
    const { Wrapper, hub } = createApp()
    render(<Swap />, { wrapper: Wrapper })
    await waitFor(() => expect(hub.getPageError()?.error.status).toBe(403))
    const notice = hub.getPageError()
    act(() => screen.getByRole('button').click())
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(hub.getPageError()?.id).toBe(notice?.id)
  })

  it('shows the error again when the user comes back to the page', async () => {
    const { Wrapper, hub } = createApp()
    const view = render(<App />, { wrapper: Wrapper })
    await waitFor(() => expect(hub.getPageError()?.error.status).toBe(403))
    act(() => screen.getByRole('button').click())
    await waitFor(() => expect(hub.getPageError()).toBeUndefined())
    view.rerender(<App key="again" />)
    await waitFor(() => expect(hub.getPageError()?.error.status).toBe(403))
    expect(backend.stats.requestsByRoute['GET /v1/data/:table']).toBe(2)
  })
})
