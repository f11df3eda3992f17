'use client'

import { fieldRefElement } from './formInternals.js'

/**
 * The first element on the page named `name` (a `Controller`'s input spreads `field.name`),
 * else the first named under `name.` (a field array's first input).
 */
function firstNamed(name: string): HTMLElement | undefined {
  const prefix = `${name}.`
  let under: HTMLElement | undefined
  for (const element of document.querySelectorAll<HTMLElement>('[name]')) {
    const own = element.getAttribute('name')!
    if (own === name) return element
    if (!under && own.startsWith(prefix)) under = element
  }
  return under
}

/**
 * The element an error links to: the one with the field's id, else react-hook-form's own
 * reference (a radio or checkbox group's first input), else the element of that `name` (a
 * `Controller` without an id), else, for a field array's own error (`tags.root`, target
 * `tags`), the array's first input.
 * `undefined` when nothing on the page stands for the field.
 */
export function findErrorTarget(
  name: string,
  getFieldId: (name: string) => string,
  control: object | undefined,
): HTMLElement | undefined {
  if (typeof document === 'undefined') return undefined
  return (
    document.getElementById(getFieldId(name)) ??
    (control ? fieldRefElement(control, name) : undefined) ??
    firstNamed(name)
  )
}
