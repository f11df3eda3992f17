'use client'

import { useEffect, type RefObject } from 'react'

/**
 * Pauses the toasts' close timers while the tab is hidden. Radix pauses on hover, focus and
 * window blur through focus events on the viewport's wrapper, guarded so a pause never counts
 * twice; we send the same local events (not bubbling, nothing global) to reuse that guard.
 *
 * @example
 * const viewportRef = useRef<HTMLOListElement>(null)
 * usePauseWhenHidden(viewportRef)
 */
export function usePauseWhenHidden(viewportRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let pausedByUs = false
    const onVisibilityChange = () => {
      const wrapper = viewportRef.current?.parentElement
      if (!wrapper) return
      if (document.hidden) {
        pausedByUs = true
        wrapper.dispatchEvent(new FocusEvent('focusin'))
        return
      }
      if (!pausedByUs) return
      pausedByUs = false
      // Resume only if nothing else holds the pause: Radix resumes on those itself later.
      if (document.hasFocus() && !wrapper.matches(':hover, :focus-within')) {
        wrapper.dispatchEvent(new FocusEvent('focusout', { relatedTarget: null }))
      }
    }
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => document.removeEventListener('visibilitychange', onVisibilityChange)
  }, [viewportRef])
}
