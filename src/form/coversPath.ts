import { ROOT_SERVER_ERROR } from './serverMessages.js'
import type { TrackedServerError } from './serverErrorTracker.js'

/** `root.server`: no value of its own; only whole-form runs remove it as validation. */
export const isFormLevel = (entry: TrackedServerError): boolean =>
  entry.errorPath === ROOT_SERVER_ERROR

/**
 * True when a field under validation (`path`) is the tracked error's field, or for a field
 * array's own error one of its rows; every run covers `root.server`.
 */
export function covers(entry: TrackedServerError, path: string): boolean {
  if (isFormLevel(entry)) return true
  if (entry.errorPath === entry.valuePath) return path === entry.valuePath
  return path === entry.valuePath || path.startsWith(`${entry.valuePath}.`)
}
