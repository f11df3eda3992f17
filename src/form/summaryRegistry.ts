// Mounted ErrorSummary components, per form control: when one is on the page, server errors
// move focus to it (the GOV.UK pattern) rather than to the first field.
const summaries = new WeakMap<object, Set<() => boolean>>()

/** Registers a summary's focus function for a form; returns the function that removes it. */
export function registerSummary(control: object, focus: () => boolean): () => void {
  let set = summaries.get(control)
  if (!set) summaries.set(control, (set = new Set()))
  set.add(focus)
  return () => {
    set.delete(focus)
  }
}

/** Moves focus to the form's first mounted summary; false when it has none that took focus. */
export function focusSummary(control: object): boolean {
  for (const focus of summaries.get(control) ?? []) if (focus()) return true
  return false
}
