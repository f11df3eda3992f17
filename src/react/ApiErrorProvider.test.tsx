import { render } from '@testing-library/react'
import { StrictMode } from 'react'
import { ApiError } from '../core/ApiError.js'
import { ApiErrorProvider } from './ApiErrorProvider.js'
import { createErrorHub } from './routing/createErrorHub.js'

const serverError = () =>
  new ApiError({
    status: 500,
    code: 'http/500',
    kind: 'server',
    type: 'system',
    message: 'm',
    userMessage: 'Something went wrong',
    format: 'empty',
  })

describe('ApiErrorProvider and the hub', () => {
  // Regression: the provider replaced the hub's own handlers with forwarders to its (missing)
  // `channels` prop, and wiped them on unmount, so those errors were never announced.
  it('keeps the handlers given to createErrorHub when it has no channels of its own', () => {
    const toast = vi.fn()
    const hub = createErrorHub({ channels: { toast } })
    const { unmount } = render(
      <StrictMode>
        <ApiErrorProvider hub={hub} />
      </StrictMode>,
    )
    hub.route(serverError(), { source: 'mutation' })
    expect(toast).toHaveBeenCalledTimes(1)
    unmount()
    hub.route(new Error('x'), { source: 'mutation' })
    expect(toast).toHaveBeenCalledTimes(2)
  })

  it('uses its own channels first and the hub handlers for the channels it leaves out', () => {
    const hubToast = vi.fn()
    const hubBanner = vi.fn()
    const ownToast = vi.fn()
    const hub = createErrorHub({ channels: { toast: hubToast, banner: hubBanner } })
    const { unmount } = render(<ApiErrorProvider hub={hub} channels={{ toast: ownToast }} />)
    hub.route(serverError(), { source: 'mutation' })
    hub.route(serverError(), { source: 'query' })
    expect(ownToast).toHaveBeenCalledTimes(1)
    expect(hubToast).not.toHaveBeenCalled()
    expect(hubBanner).toHaveBeenCalledTimes(1)
    unmount()
    hub.route(new Error('y'), { source: 'mutation' })
    expect(hubToast).toHaveBeenCalledTimes(1)
  })

  // Regression: unmounting one of two providers that share a hub cleared every handler.
  it('leaves the other provider of a shared hub working when one unmounts', () => {
    const hub = createErrorHub()
    const outer = vi.fn()
    const inner = vi.fn()
    function App({ showInner }: { showInner: boolean }) {
      return (
        <ApiErrorProvider hub={hub} channels={{ toast: outer }}>
          {showInner ? <ApiErrorProvider hub={hub} channels={{ toast: inner }} /> : null}
        </ApiErrorProvider>
      )
    }
    const { rerender } = render(<App showInner />)
    hub.route(serverError(), { source: 'mutation' })
    expect(inner.mock.calls.length + outer.mock.calls.length).toBe(1)
    const before = outer.mock.calls.length
    rerender(<App showInner={false} />)
    hub.route(new Error('z'), { source: 'mutation' })
    expect(outer).toHaveBeenCalledTimes(before + 1)
  })

  it('calls onSessionExpired and the session channel once', () => {
    const hub = createErrorHub()
    const session = vi.fn()
    const onSessionExpired = vi.fn()
    render(
      <ApiErrorProvider hub={hub} channels={{ session }} onSessionExpired={onSessionExpired} />,
    )
    const ended = new ApiError({
      status: 401,
      code: 'auth/invalid-refresh-token',
      kind: 'auth',
      type: 'user',
      message: 'm',
      userMessage: 'Sign in',
      format: 'bkend',
    })
    hub.route(ended, { source: 'query' })
    hub.route(ended, { source: 'query' })
    expect(session).toHaveBeenCalledTimes(1)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })

  // Regression: onSessionExpired without channels.session put a session handler over the hub's
  // own, which then never ran (a sign-out given to createErrorHub({ channels })).
  it("keeps the hub's own session handler when the provider has only onSessionExpired", () => {
    const session = vi.fn()
    const hub = createErrorHub({ channels: { session } })
    const onSessionExpired = vi.fn()
    const { unmount } = render(
      <StrictMode>
        <ApiErrorProvider hub={hub} onSessionExpired={onSessionExpired} />
      </StrictMode>,
    )
    const ended = new ApiError({
      status: 401,
      code: 'auth/session-expired',
      kind: 'auth',
      type: 'user',
      message: 'm',
      userMessage: 'Sign in',
      format: 'bkend',
    })
    hub.route(ended, { source: 'query' })
    expect(session).toHaveBeenCalledTimes(1)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    unmount()
    hub.resetSession()
    hub.route(ended, { source: 'query' })
    expect(session).toHaveBeenCalledTimes(2)
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })
})
