'use client'

import { findErrorTarget } from './findErrorTarget.js'
import type { FlatError } from './flattenErrors.js'

/** The target name of an error: a field array's own error (`items.root`) links to the list. */
export const targetOf = (name: string) =>
  name.endsWith('.root') ? name.slice(0, -'.root'.length) : name
/** True for a form-level error (`root`, `root.server`): text in the summary, not a link. */
export const isFormLevel = (name: string) => name === 'root' || name.startsWith('root.')

/** A summary item: the error and the element on the page its link goes to, if any. */
export interface SummaryItem extends FlatError {
  target: HTMLElement | undefined
}

/**
 * The summary's items: form-level errors first, then fields in the order their inputs sit on the
 * page (see `findErrorTarget`: a field array's own error sits where its first input does), then
 * those not found, as listed.
 */
export function inPageOrder(
  list: FlatError[],
  getFieldId: (name: string) => string,
  control: object | undefined,
): SummaryItem[] {
  return list
    .map((item, index) => ({
      item: {
        ...item,
        target: isFormLevel(item.name)
          ? undefined
          : findErrorTarget(targetOf(item.name), getFieldId, control),
      },
      index,
    }))
    .sort(({ item: a, index: ai }, { item: b, index: bi }) => {
      if (isFormLevel(a.name) !== isFormLevel(b.name)) return isFormLevel(a.name) ? -1 : 1
      if (!a.target || !b.target) return a.target ? -1 : b.target ? 1 : ai - bi
      return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
    })
    .map(({ item }) => item)
}
