import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { decodeError } from '../core/decode/decodeError.js'
import { ApiErrorProvider } from './ApiErrorProvider.js'
import { createErrorHub } from './routing/createErrorHub.js'
import { useApiError } from './useApiError.js'

function setup() {
  const hub = createErrorHub()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiErrorProvider hub={hub}>{children}</ApiErrorProvider>
  )
  return { hub, ...renderHook(() => useApiError(), { wrapper }) }
}

describe('useApiError', () => {
  // Regression: dismiss changed with every error, so an app's effect that dismissed on route
  // change (with dismiss among its dependencies) ran again for each new error and closed it.
  it('keeps the identity of dismiss from one error to the next', () => {
    const { hub, result } = setup()
    const first = result.current.dismiss
    act(() => void hub.route(decodeError({}, { status: 403 }), { source: 'query' }))
    expect(result.current.error?.status).toBe(403)
    act(() => void hub.route(decodeError({}, { status: 404 }), { source: 'query' }))
    expect(result.current.error?.status).toBe(404)
    expect(result.current.dismiss).toBe(first)
  })

  it('dismisses the error on show and those it covers', () => {
    const { hub, result } = setup()
    act(() => {
      hub.route(decodeError({}, { status: 403 }), { source: 'query' })
      hub.route(decodeError({}, { status: 404 }), { source: 'query' })
    })
    act(() => result.current.dismiss())
    expect(result.current.error).toBeUndefined()
    expect(hub.getPageError()).toBeUndefined()
  })
})
