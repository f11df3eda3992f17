'use client'

import { get, type FieldError } from 'react-hook-form'
import { isSubmitting, isValidating, isWholeFormRun, refreshIsValid } from './formInternals.js'
import { isSameValue, snapshotValue } from './isSameValue.js'
import { ROOT_SERVER_ERROR, SERVER_ERROR_TYPE } from './serverMessages.js'
import type { AnyServerErrorsForm } from './serverErrorsForm.js'

/** One server error set on a field, and the value it was judged on. */
export interface TrackedServerError {
  /** Where the error sits: the field's path, or `${array}.root` for a field array. */
  errorPath: string
  /** Whose value decides when the error is stale: the field, or the whole array. */
  valuePath: string
  /** The error as set, to put back when a validation run removed it. */
  error: Pick<FieldError, 'type' | 'message' | 'types'>
}

interface Entry extends TrackedServerError {
  /** The error object as the form holds it: a field array operation moves it with its row. */
  held: FieldError | undefined
  snapshot: unknown
  /**
   * A validation run of this field started (a run of its own, or of the whole form); if it ends
   * by removing the error, it comes back.
   */
  validating: false | 'field' | 'form'
}

interface Tracker {
  entries: Map<string, Entry>
  unsubscribe: (() => void) | undefined
  wasSubmitting: boolean
  busy: boolean
  cancelFocus: (() => void) | undefined
}

const trackers = new WeakMap<object, Tracker>()

/**
 * `subscribe` reports `isSubmitting` (the first thing `handleSubmit` announces, before it
 * validates) to whoever asks for it, but react-hook-form's types leave the key out.
 */
export const isSubmittingState = { isSubmitting: true } as Record<string, boolean>

/** The tracker of a form, made on first use; one per form, whoever applies the errors. */
export function getTracker(form: AnyServerErrorsForm): Tracker {
  let tracker = trackers.get(form.control)
  if (!tracker) {
    tracker = {
      entries: new Map(),
      unsubscribe: undefined,
      wasSubmitting: false,
      busy: false,
      cancelFocus: undefined,
    }
    trackers.set(form.control, tracker)
  }
  return tracker
}

/** Runs `update` without the tracker reacting to the form updates it causes itself. */
function quietly(tracker: Tracker, update: () => void) {
  const busy = tracker.busy
  tracker.busy = true
  try {
    update()
  } finally {
    tracker.busy = busy
  }
}

const isServerError = (error: FieldError | undefined) => error?.type === SERVER_ERROR_TYPE

function forget(tracker: Tracker, entry: Entry) {
  if (tracker.entries.get(entry.errorPath) === entry) tracker.entries.delete(entry.errorPath)
}

/**
 * Stops tracking an entry. `clear: 'server'` removes any server error at its path; `'own'` only
 * the error this entry set (another row's error may have moved there).
 */
function drop(
  form: AnyServerErrorsForm,
  tracker: Tracker,
  entry: Entry,
  clear: 'server' | 'own' | false,
): boolean {
  forget(tracker, entry)
  const current = form.getFieldState(entry.errorPath).error
  const mine = clear === 'own' ? current === entry.held : isServerError(current)
  if (clear === false || !mine) return false
  quietly(tracker, () => form.clearErrors(entry.errorPath))
  return true
}

/** The path of `target` in react-hook-form's nested `errors`, if it is still there. */
function findPath(errors: unknown, target: object): string | undefined {
  const stack: [unknown, string][] = [[errors, '']]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    if (node === target) return path
    if (typeof node !== 'object' || node === null || typeof (node as FieldError).type === 'string')
      continue
    for (const [key, value] of Object.entries(node))
      stack.push([value, path === '' ? key : `${path}.${key}`])
  }
  return undefined
}

/**
 * Follows an error that a field array operation (remove, insert, swap, move) carried to another
 * index along with its row, so it still leaves when that row's value changes.
 */
function follow(tracker: Tracker, entry: Entry, errors: unknown, current: unknown) {
  if (entry.held === undefined || current === entry.held) return
  const moved = findPath(errors, entry.held)
  if (moved === undefined || moved === entry.errorPath) return
  forget(tracker, entry)
  const isRoot = entry.errorPath !== entry.valuePath
  entry.errorPath = moved
  entry.valuePath = isRoot ? moved.slice(0, -'.root'.length) : moved
  tracker.entries.set(moved, entry)
}

function stopIfIdle(form: AnyServerErrorsForm, tracker: Tracker) {
  if (tracker.entries.size > 0 || !tracker.unsubscribe) return
  // react-hook-form tells a run's end only while someone watches validatingFields: leaving
  // mid-run (the isValid refresh just started, say) would leave isValidating true for good.
  if (isValidating(form)) return
  tracker.unsubscribe()
  tracker.unsubscribe = undefined
}

/**
 * Removes server errors from a form: all of them and `root.server`, or those at `name` and
 * below it. Client errors are left alone.
 */
export function clearServerErrors(form: AnyServerErrorsForm, name?: string): void {
  const tracker = getTracker(form)
  const within = (path: string) =>
    name === undefined || path === name || path.startsWith(`${name}.`)
  let cleared = false
  for (const entry of [...tracker.entries.values()])
    if (within(entry.errorPath) && drop(form, tracker, entry, 'server')) cleared = true
  if (within(ROOT_SERVER_ERROR) && isServerError(form.getFieldState(ROOT_SERVER_ERROR).error)) {
    quietly(tracker, () => form.clearErrors(ROOT_SERVER_ERROR))
    cleared = true
  }
  if (cleared) quietly(tracker, () => refreshIsValid(form))
  if (name === undefined) {
    tracker.cancelFocus?.()
    tracker.cancelFocus = undefined
  }
  stopIfIdle(form, tracker)
}

/** `root.server`: no value of its own, so only a submit, a clear or a removal that no validation run made ends it. */
const isFormLevel = (entry: TrackedServerError) => entry.errorPath === ROOT_SERVER_ERROR

/**
 * True while a validation run covers an entry: a run of its field, or for `root.server` any run
 * (a whole-form resolver run, `trigger()`, replaces every error, root ones too).
 */
function isRunning(entry: TrackedServerError, validatingFields: unknown): boolean {
  if (!isFormLevel(entry)) return get(validatingFields, entry.valuePath) === true
  return typeof validatingFields === 'object' && validatingFields !== null
    ? Object.keys(validatingFields).length > 0
    : false
}

function onFormUpdate(
  form: AnyServerErrorsForm,
  tracker: Tracker,
  state: { isSubmitting?: boolean; validatingFields?: unknown; errors?: unknown },
) {
  if (tracker.busy) return
  const submitting = state.isSubmitting === true
  if (submitting && !tracker.wasSubmitting) {
    // A new submit starts: the server will judge again, and its old errors must not block it.
    tracker.wasSubmitting = true
    clearServerErrors(form)
    return
  }
  tracker.wasSubmitting = submitting
  for (const entry of [...tracker.entries.values()]) {
    follow(tracker, entry, state.errors, form.getFieldState(entry.errorPath).error)
    if (!isFormLevel(entry) && !isSameValue(form.getValues(entry.valuePath), entry.snapshot)) {
      if (drop(form, tracker, entry, 'own')) quietly(tracker, () => refreshIsValid(form))
      continue
    }
    const current = form.getFieldState(entry.errorPath).error
    if (isRunning(entry, state.validatingFields)) {
      // Gone before the run started (resetField removes it, then validates): not validation's doing.
      if (current === undefined && !entry.validating) drop(form, tracker, entry, false)
      else if (entry.validating !== 'field')
        entry.validating = isFormLevel(entry) || isWholeFormRun(form) ? 'form' : 'field'
      continue
    }
    if (current === undefined) {
      // Validation of an unchanged field removed the server's verdict: put it back. Anything
      // else that removed it (clearErrors, reset) meant it.
      if (entry.validating) {
        quietly(tracker, () => form.setError(entry.errorPath, entry.error))
        entry.held = form.getFieldState(entry.errorPath).error
      } else drop(form, tracker, entry, false)
      entry.validating = false
    } else if (!isServerError(current)) {
      entry.validating = false
    } else if (entry.validating === 'form') {
      settleRun(form, entry)
    }
  }
  stopIfIdle(form, tracker)
}

/**
 * A whole-form run (a resolver's `isValid` check, `trigger()`) has ended with the server's error
 * standing. Such a run writes what it found within the task, or never (an `isValid` check); once
 * the task is over and no run is left, it has kept the error, so a later `clearErrors` or
 * `reset` is not taken for its doing. A run of the field itself always writes its result (the
 * client error, or the removal to undo), which ends it instead, however long its rules take.
 */
function settleRun(form: AnyServerErrorsForm, entry: Entry) {
  setTimeout(() => {
    if (
      entry.validating === 'form' &&
      !isValidating(form) &&
      isServerError(form.getFieldState(entry.errorPath).error)
    )
      entry.validating = false
  }, 0)
}

/**
 * Starts watching server errors just set on a form: each is removed when its field's value
 * changes, put back when a validation run of the unchanged field removed it, and all are
 * removed when the next submit starts.
 */
export function trackServerErrors(
  form: AnyServerErrorsForm,
  errors: readonly TrackedServerError[],
): void {
  const tracker = getTracker(form)
  for (const error of errors) {
    tracker.entries.set(error.errorPath, {
      ...error,
      held: form.getFieldState(error.errorPath).error,
      snapshot: snapshotValue(form.getValues(error.valuePath)),
      validating: false,
    })
  }
  if (tracker.entries.size === 0 || tracker.unsubscribe) return
  tracker.wasSubmitting = isSubmitting(form)
  tracker.unsubscribe = form.subscribe({
    formState: { values: true, errors: true, validatingFields: true, ...isSubmittingState },
    callback: (state) => onFormUpdate(form, tracker, state),
  })
}

/** Runs `update` (setting errors) without the form's tracker reacting to it. */
export function withoutTracking(form: AnyServerErrorsForm, update: () => void): void {
  quietly(getTracker(form), update)
}
