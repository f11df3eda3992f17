'use client'

import { useEffect, useState } from 'react'

const isTabVisible = () => typeof document === 'undefined' || !document.hidden

/**
 * False until the tab has been visible while the caller is mounted. A notice raised in a
 * background tab (a poll that failed, a socket that dropped) has not been seen yet, so its
 * close timer must wait: pausing the toaster when the tab hides covers only the notices that
 * were already there, as Radix listens for pauses only while it has notices.
 *
 * @example
 * const seen = useSeenInVisibleTab()
 * <Toast.Root duration={seen ? 5000 : Infinity} />
 */
export function useSeenInVisibleTab(): boolean {
  const [seen, setSeen] = useState(isTabVisible)
  useEffect(() => {
    if (seen) return
    const onVisibilityChange = () => {
      if (isTabVisible()) setSeen(true)
    }
    // The tab may have shown between the render and this effect.
    onVisibilityChange()
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => document.removeEventListener('visibilitychange', onVisibilityChange)
  }, [seen])
  return seen
}
