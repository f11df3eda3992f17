'use client'

import { fieldRefElement, focusFieldRef } from './formInternals.js'
import { revealElement } from './revealElement.js'

/**
 * Moves focus to a field the way an error summary link should, and scrolls its label (or its
 * fieldset's legend) into view, as GOV.UK does, so the user sees what the field is. The input
 * is found by `id`, else through react-hook-form's reference to it: the first enabled input of
 * a radio or checkbox group, a `Controller` without an `id`. A field inside a closed `<details>`
 * or a `hidden="until-found"` panel is revealed first. `found` is the element already looked
 * up for the field (`findErrorTarget`); a fieldset hands focus to its first control.
 */
export function focusErrorTarget(
  id: string,
  name: string,
  control: object | undefined,
  found?: HTMLElement,
): void {
  const before = document.activeElement
  const byId = found ?? document.getElementById(id)
  // A fieldset (a field array's) takes no focus: its first control does.
  const element =
    byId instanceof HTMLFieldSetElement
      ? (byId.querySelector<HTMLElement>('input, select, textarea, button') ?? byId)
      : byId
  const target = element ?? (control ? fieldRefElement(control, name) : undefined)
  if (target) revealElement(target)
  if (element) element.focus({ preventScroll: true })
  else if (!control || !focusFieldRef(control, name)) return
  const focused = element ?? document.activeElement
  if (!(focused instanceof HTMLElement) || focused === before) return
  const label =
    (focused as HTMLInputElement).labels?.[0] ??
    focused.closest('fieldset')?.querySelector('legend')
  ;(label ?? focused).scrollIntoView?.({ block: 'start' })
}
