/**
 * The `id` this layer expects on a field's input: its react-hook-form name (`items.2.price`).
 * `ErrorSummary` links to it; `useFieldErrorProps` puts it on the input for you.
 */
export function fieldId(name: string): string {
  return name
}

/** The `id` of the element that shows a field's error: `${name}-error`. */
export function fieldErrorId(name: string): string {
  return `${name}-error`
}
