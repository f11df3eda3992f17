const GROUPS = new Set(['radio', 'checkbox'])

/** Label text without the marks forms add after it (`Email *`, `Email:`). */
function clean(text: string | null | undefined): string | undefined {
  let end = (text ?? '').length
  const value = text ?? ''
  while (end > 0 && ' \n\t*:'.includes(value[end - 1]!)) end--
  const result = value.slice(0, end).trim()
  return result === '' ? undefined : result
}

/**
 * The name a person sees for a field: its `<label>`, or the `<legend>` of its fieldset for a
 * radio or checkbox group and for a field array (whose target is the array's first input, or
 * the fieldset itself), else its `aria-label`. `undefined` when the page names it nowhere.
 */
export function labelOf(element: HTMLElement | undefined, isGroup: boolean): string | undefined {
  if (!element) return undefined
  const legendOf = (node: Element) =>
    clean((node.closest('fieldset') ?? node).querySelector(':scope > legend')?.textContent)
  if (element instanceof HTMLFieldSetElement) return legendOf(element)
  const input = element as HTMLInputElement
  const grouped = isGroup || GROUPS.has(input.type)
  return (
    (grouped ? legendOf(element) : undefined) ??
    clean(input.labels?.[0]?.textContent) ??
    clean(element.getAttribute('aria-label'))
  )
}

/**
 * A summary link's text: `Label: message`, as GOV.UK's summaries read, so two fields with the
 * same message are told apart; the message alone when there is no label or it already starts
 * with the label ("Email is required.").
 */
export function withLabel(label: string | undefined, message: string): string {
  if (!label || message.toLowerCase().startsWith(label.toLowerCase())) return message
  return `${label}: ${message}`
}
