'use client'

/**
 * Runs `callback` once React has rendered what was just set: after the next animation frame
 * and one task more (React commits state set outside its events in a task of its own).
 * Returns a function that cancels it.
 */
export function afterRender(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  const later = () => {
    timer = setTimeout(callback, 0)
  }
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(later)
  else later()
  return () => {
    if (frame !== undefined && typeof cancelAnimationFrame === 'function')
      cancelAnimationFrame(frame)
    if (timer !== undefined) clearTimeout(timer)
  }
}
