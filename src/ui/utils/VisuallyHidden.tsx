import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react'

/** The usual clip: in the accessibility tree and read by screen readers, out of sight. */
const hidden: CSSProperties = {
  position: 'absolute',
  border: 0,
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  wordWrap: 'normal',
}

/**
 * A span that screen readers read and nobody sees: the live regions of toasts and countdowns.
 * Radix's `VisuallyHidden` is the same style on a span; this one costs no bundle of its own.
 */
export const VisuallyHidden = forwardRef<HTMLSpanElement, HTMLAttributes<HTMLSpanElement>>(
  function VisuallyHidden({ style, ...rest }, ref) {
    return <span {...rest} ref={ref} style={{ ...hidden, ...style }} />
  },
)
