'use client'

import { get } from 'react-hook-form'
import type { AnyServerErrorsForm } from './serverErrorsForm.js'

/**
 * The only module of this layer that reads react-hook-form's private `control` fields, and why:
 * react-hook-form has no public way to ask "is an input registered under this name?"
 * (`_fields`), "is this name a field array?" (`_names.array`), "is a submit running right
 * now?" (`_formState`: `formState` outside render is the last render's copy), to work `isValid`
 * out again after `setError` (`_setValid`, `_updateValid` before 7.55), or to reach the element a
 * `Controller` or a radio group registered (`_fields[name]._f.ref(s)`). They have been stable
 * through react-hook-form 7, each falls back to a public answer if it moves, and the form tests
 * run on 7.55 (the oldest supported, the `dom-rhf755` project) and on the newest 7.x (`dom`).
 * @module
 */

interface ControlInternals {
  _fields?: unknown
  _names?: { array?: Set<string>; mount?: Set<string> }
  _formState?: { isSubmitting?: boolean }
  /** Works `isValid` out again from the rules or resolver (`_updateValid` before 7.55). */
  _setValid?: unknown
  _updateValid?: unknown
}

const internals = (form: AnyServerErrorsForm) => form.control as unknown as ControlInternals

/**
 * True when an input is registered under exactly `path` and mounted: `register`,
 * `Controller`/`useController` and the inputs of `useFieldArray` items all count. A value that
 * only sits in `defaultValues` with no input is not a field: nobody would see its error.
 */
export function isRegisteredField(form: AnyServerErrorsForm, path: string): boolean {
  const fields = internals(form)._fields
  if (typeof fields !== 'object' || fields === null) return form.getValues(path) !== undefined
  const field = get(fields, path) as { _f?: { mount?: boolean } } | undefined
  return field?._f !== undefined && field._f.mount !== false
}

/** True when `path` names a `useFieldArray` list (its own errors live at `${path}.root`). */
export function isFieldArrayName(form: AnyServerErrorsForm, path: string): boolean {
  return internals(form)._names?.array?.has(path) === true
}

/**
 * Has react-hook-form work `isValid` out again from its rules or resolver, as it does after a
 * change: `setError` forces it to false and `clearErrors` leaves it there, so a submit button
 * with `disabled={!isValid}` would block the retry that server errors must never block. Runs
 * only when the app reads `isValid`; does nothing where the internal has moved.
 */
export function refreshIsValid(form: AnyServerErrorsForm): void {
  const control = internals(form)
  const setValid = control._setValid ?? control._updateValid
  if (typeof setValid !== 'function') return
  void Promise.resolve((setValid as () => unknown).call(control)).catch(() => {})
}

/** True while `handleSubmit` is running (validation or the submit handler). */
export function isSubmitting(form: AnyServerErrorsForm): boolean {
  return internals(form)._formState?.isSubmitting === true
}

/** react-hook-form's references to a field's inputs: one element, or a group's (radio, checkbox). */
function fieldRefs(control: object, name: string) {
  const fields = (control as ControlInternals)._fields
  if (typeof fields !== 'object' || fields === null) return undefined
  const field = get(fields, name) as
    | { _f?: { ref?: { focus?: unknown }; refs?: { focus?: unknown; disabled?: boolean }[] } }
    | undefined
  return field?._f
}

/**
 * The input element react-hook-form holds for a field and that is on the page: a group's first
 * enabled one (radio, checkbox), else its first.
 */
export function fieldRefElement(control: object, name: string): HTMLElement | undefined {
  const f = fieldRefs(control, name)
  const refs: unknown[] = f?.refs ?? [f?.ref]
  const elements = refs.filter(
    (ref): ref is HTMLElement =>
      typeof HTMLElement !== 'undefined' && ref instanceof HTMLElement && ref.isConnected,
  )
  return elements.find((element) => !element.matches(':disabled')) ?? elements[0]
}

/**
 * Focuses a field through react-hook-form's own reference to it, given the form's `control`:
 * the first enabled input of a radio or checkbox group, or a `Controller`'s `field.ref`.
 * Returns false when there is nothing to call `focus` on.
 */
export function focusFieldRef(control: object, name: string): boolean {
  const f = fieldRefs(control, name)
  const refs = f?.refs
  const ref = refs ? (refs.find((item) => !item.disabled) ?? refs[0]) : f?.ref
  if (typeof ref?.focus !== 'function') return false
  ;(ref.focus as () => void)()
  return true
}

/**
 * Focuses a field through react-hook-form's own reference to it (a `Controller` without an `id`)
 * at once: `form.setFocus` does it in a timer, too late to tell whether it worked.
 */
export function focusRegisteredField(form: AnyServerErrorsForm, name: string): void {
  const fields = internals(form)._fields
  if (typeof fields !== 'object' || fields === null) return form.setFocus(name)
  focusFieldRef(form.control, name)
}
