import { act, render } from '@testing-library/react'
import { decodeError } from '../core/decode/decodeError.js'
import { ApiErrorProvider } from './ApiErrorProvider.js'
import { createErrorHub } from './routing/createErrorHub.js'
import { useSessionExpired } from './useSessionExpired.js'

const ended = () =>
  decodeError(
    { success: false, error: { code: 'auth/session-expired', message: 'm' } },
    { status: 401 },
  )

function Watch({ onExpired }: { onExpired: (code: string) => void }) {
  useSessionExpired((notice) => onExpired(notice.error.code))
  return null
}

describe('useSessionExpired', () => {
  it('calls the latest callback once per end of the session, and stops when unmounted', () => {
    const hub = createErrorHub()
    const first = vi.fn()
    const latest = vi.fn()
    const view = render(
      <ApiErrorProvider hub={hub}>
        <Watch onExpired={first} />
      </ApiErrorProvider>,
    )
    view.rerender(
      <ApiErrorProvider hub={hub}>
        <Watch onExpired={latest} />
      </ApiErrorProvider>,
    )
    act(() => {
      hub.route(ended(), { source: 'query' })
      hub.route(ended(), { source: 'query' })
    })
    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledExactlyOnceWith('auth/session-expired')
    view.rerender(<ApiErrorProvider hub={hub} />)
    hub.resetSession()
    act(() => void hub.route(ended(), { source: 'query' }))
    expect(latest).toHaveBeenCalledTimes(1)
  })
})
