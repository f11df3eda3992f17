'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * The text to put in a notice's own live region when its content changes after it appeared
 * (raised again with its id: "Saving…" then "Saved."). Radix announces a notice only from
 * the text it has when it mounts; a merged repeat changes no content and says nothing. Like
 * Radix's announcement, the text goes after a second, so reading the notice later does not
 * hear it twice.
 *
 * @example
 * const update = useUpdateAnnouncement(`${label} ${item.message}`)
 * <VisuallyHidden.Root role="status" aria-live="polite">{update}</VisuallyHidden.Root>
 */
export function useUpdateAnnouncement(content: string): string {
  const announced = useRef(content)
  const [update, setUpdate] = useState('')
  useEffect(() => {
    if (content === announced.current) return
    announced.current = content
    setUpdate(content)
    const timer = setTimeout(() => setUpdate(''), 1000)
    return () => clearTimeout(timer)
  }, [content])
  return update
}
