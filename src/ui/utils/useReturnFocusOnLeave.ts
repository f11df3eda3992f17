'use client'

import { useEffect, useRef, type FocusEvent } from 'react'

/** The focus handlers of an element. */
export interface FocusHandlers {
  onFocus?: ((event: FocusEvent<HTMLDivElement>) => void) | undefined
  onBlur?: ((event: FocusEvent<HTMLDivElement>) => void) | undefined
}

interface FocusState {
  /** The element that holds focus inside, while it does. */
  inside: HTMLElement | null
  /** Where focus came from when it entered. */
  from: HTMLElement | null
}

/**
 * Gives focus back to where it came from when an element leaves the page with focus inside
 * (a Dismiss, a Try again that clears the error). The browser would drop focus to the page, and a
 * keyboard user would start again from the top. Focus the user moved elsewhere is left alone.
 * Spread the handlers on the element, after its props: they call the element's own `onFocus`
 * and `onBlur` (from `props`) first. `shown` is whether it is rendered.
 *
 * @example
 * const returnFocus = useReturnFocusOnLeave(Boolean(error), props)
 * return error ? <div {...props} {...returnFocus}>...</div> : null
 */
export function useReturnFocusOnLeave(shown: boolean, props: FocusHandlers = {}): FocusHandlers {
  const focus = useRef<FocusState>({ inside: null, from: null })

  useEffect(() => {
    if (!shown) return
    const state = focus.current
    return () => {
      const { inside, from } = state
      // StrictMode runs this on a mount too, with the element still on the page: not a leave.
      if (!inside || inside.isConnected) return
      state.inside = null
      const active = document.activeElement
      if ((!active || active === document.body) && from?.isConnected) from.focus()
    }
  }, [shown])

  return {
    onFocus(event) {
      props.onFocus?.(event)
      const state = focus.current
      const from = event.relatedTarget
      if (!state.inside) state.from = from instanceof HTMLElement ? from : null
      state.inside = event.currentTarget
    },
    onBlur(event) {
      props.onBlur?.(event)
      const to = event.relatedTarget
      if (!(to instanceof Node && event.currentTarget.contains(to))) focus.current.inside = null
    },
  }
}
