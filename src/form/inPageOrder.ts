'use client'

import type { FlatError } from './flattenErrors.js'
import { fieldRefElement } from './formInternals.js'

/** The target name of an error: a field array's own error (`items.root`) links to the list. */
export const targetOf = (name: string) =>
  name.endsWith('.root') ? name.slice(0, -'.root'.length) : name
/** True for a form-level error (`root`, `root.server`): text in the summary, not a link. */
export const isFormLevel = (name: string) => name === 'root' || name.startsWith('root.')

/**
 * The summary's items: form-level errors first, then fields in the order their inputs sit on the
 * page (found by id, else by react-hook-form's reference), then those not found, as listed.
 */
export function inPageOrder(
  list: FlatError[],
  getFieldId: (name: string) => string,
  control: object | undefined,
): FlatError[] {
  if (typeof document === 'undefined') return list
  const position = (item: FlatError) => {
    const name = targetOf(item.name)
    // A radio or checkbox group has no input with the field's id: its first input stands in.
    return (
      document.getElementById(getFieldId(name)) ??
      (control ? fieldRefElement(control, name) : undefined) ??
      null
    )
  }
  return list
    .map((item, index) => ({
      item,
      index,
      element: isFormLevel(item.name) ? null : position(item),
    }))
    .sort((a, b) => {
      if (isFormLevel(a.item.name) !== isFormLevel(b.item.name))
        return isFormLevel(a.item.name) ? -1 : 1
      if (!a.element || !b.element) return a.element ? -1 : b.element ? 1 : a.index - b.index
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1
    })
    .map(({ item }) => item)
}
