import { useEffect, useRef, type FocusEvent } from 'react'

/**
 * Gives focus back to where it came from when an element leaves the page with focus inside
 * (a Dismiss, a Retry that clears the error). The browser would drop focus to the
 * page, and a keyboard user would start again from the top. Focus the user moved elsewhere is
 * left alone. Spread the handlers on the element; `shown` is whether it is rendered.
 *
 * @example
 * const returnFocus = useReturnFocusOnLeave(Boolean(error))
 * return error ? <div {...returnFocus}>...</div> : null
 */
export function useReturnFocusOnLeave(shown: boolean) {
  const focus = useRef<{ inside: boolean; from: HTMLElement | null }>({
    inside: false,
    from: null,
  })

  useEffect(() => {
    if (!shown) return
    const state = focus.current
    return () => {
      const active = document.activeElement
      if (state.inside && (!active || active === document.body) && state.from?.isConnected) {
        state.from.focus()
      }
      state.inside = false
    }
  }, [shown])

  return {
    onFocus(event: FocusEvent<HTMLElement>) {
      const state = focus.current
      const from = event.relatedTarget
      if (!state.inside) state.from = from instanceof HTMLElement ? from : null
      state.inside = true
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      const to = event.relatedTarget
      if (!(to instanceof Node && event.currentTarget.contains(to))) focus.current.inside = false
    },
  }
}
