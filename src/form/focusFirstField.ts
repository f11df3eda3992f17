'use client'

import { fieldRefElement, focusRegisteredField } from './formInternals.js'
import type { AnyServerErrorsForm } from './serverErrorsForm.js'

interface Candidate {
  name: string
  element: HTMLElement | undefined
}

const isElement = (value: unknown): value is HTMLElement =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Node).compareDocumentPosition === 'function' &&
  typeof (value as HTMLElement).focus === 'function'

function findElement(
  form: AnyServerErrorsForm,
  name: string,
  getFieldId: (name: string) => string,
) {
  const ref: unknown = form.getFieldState(name).error?.ref
  if (isElement(ref) && ref.isConnected) return ref
  if (typeof document === 'undefined') return undefined
  const byId = document.getElementById(getFieldId(name))
  if (byId) return byId
  // A radio or checkbox group: its own inputs first, as another form may use the same names.
  const byRef = fieldRefElement(form.control, name)
  if (byRef) return byRef
  const [byName] = document.getElementsByName(name)
  return byName ?? undefined
}

/** Runs a focus call; a custom field whose `focus` throws is skipped, not fatal (it runs in a timer). */
function tryFocus(focus: () => void): boolean {
  try {
    focus()
    return true
  } catch {
    return false
  }
}

const isFocusable = (element: HTMLElement) =>
  element.isConnected &&
  !element.matches(':disabled') &&
  (element as HTMLInputElement).type !== 'hidden'

/**
 * Focuses the first of `names` in DOM order, skipping disabled and missing inputs. Inputs found
 * in the DOM come first (sorted by their position); names whose input react-hook-form can only
 * focus through its own reference (a `Controller` without an `id`) are tried after them, in order.
 * Returns the name that received focus, or `undefined`.
 */
export function focusFirstField(
  form: AnyServerErrorsForm,
  names: readonly string[],
  getFieldId: (name: string) => string,
): string | undefined {
  const candidates: Candidate[] = names.map((name) => ({
    name,
    element: findElement(form, name, getFieldId),
  }))
  const inDom = candidates
    .filter((c): c is { name: string; element: HTMLElement } => c.element !== undefined)
    .sort((a, b) =>
      a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )
  for (const { name, element } of inDom) {
    if (!isFocusable(element)) continue
    if (tryFocus(() => element.focus()) && document.activeElement === element) return name
  }
  for (const { name, element } of candidates) {
    if (element !== undefined) continue
    const before = document.activeElement
    if (tryFocus(() => focusRegisteredField(form, name)) && document.activeElement !== before)
      return name
  }
  return undefined
}
