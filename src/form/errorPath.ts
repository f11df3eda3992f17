import type { FieldArrayPath, FieldPath, FieldValues } from 'react-hook-form'

/**
 * A name an error of the form `TFieldValues` may sit at: a field (`email`, `items.2.price`), a
 * field array's own error (`items.root`) or a form-level one (`root`, `root.server`). With the
 * default `FieldValues` every string fits; with the form's values a misspelt name does not
 * compile.
 */
export type ErrorPath<TFieldValues extends FieldValues = FieldValues> =
  FieldPath<TFieldValues> | `${FieldArrayPath<TFieldValues>}.root` | 'root' | `root.${string}`
