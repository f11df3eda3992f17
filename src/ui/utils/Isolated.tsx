import type { ReactNode } from 'react'
import { balanceBidi } from '../../core/utils/balanceBidi.js'

/**
 * Text the server may have written, shown in a `<bdi>`: its direction is its own (`dir="auto"`)
 * and no bidi control in it (an unterminated U+202E, a stray isolate end) reaches the text around
 * it, such as a toast's repeat count. Anything but a string is shown as it is, isolated too.
 */
export function Isolated({ children }: { children: ReactNode }) {
  return <bdi>{typeof children === 'string' ? balanceBidi(children) : children}</bdi>
}
