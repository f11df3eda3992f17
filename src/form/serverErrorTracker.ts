'use client'

import type { FieldError } from 'react-hook-form'
import { isSubmitting, refreshIsValid } from './formInternals.js'
import { isSameValue, snapshotValue } from './isSameValue.js'
import { ROOT_SERVER_ERROR, SERVER_ERROR_TYPE } from './serverMessages.js'
import type { AnyServerErrorsForm } from './serverErrorsForm.js'
import { validatingPaths } from './validatingPaths.js'
import { covers, isFormLevel } from './coversPath.js'
import { findErrorPath } from './findErrorPath.js'

/** One server error set on a field, and the value it was judged on. */
export interface TrackedServerError {
  /** Where the error sits: the field's path, or `${array}.root` for a field array. */
  errorPath: string
  /** Whose value decides when the error is stale: the field, or the whole array. */
  valuePath: string
  /** The error as set, to put back when a validation run removed it. */
  error: Pick<FieldError, 'type' | 'message' | 'types'>
}

/**
 * The validation run an entry waits on, whose removal of the error is put back. A run of the
 * field alone (its blur or change, `trigger` of it) always ends by writing its verdict on the
 * field, however long the isValid check it runs first may take: `'field'` waits for that
 * verdict. A run that began on several fields at once (a resolver's isValid check, `trigger()`)
 * writes what it found in the task it ends in, or never: `'form'` waits to the end of that task.
 */
type Awaiting = false | 'field' | 'form'

interface Entry extends TrackedServerError {
  /** The error object as the form holds it: a field array operation moves it with its row. */
  held: FieldError | undefined
  snapshot: unknown
  awaiting: Awaiting
}

interface Tracker {
  entries: Map<string, Entry>
  unsubscribe?: (() => void) | undefined
  wasSubmitting: boolean
  busy: boolean
  cancelFocus?: (() => void) | undefined
  /** The fields under validation at the form's last update. */
  validating: Set<string>
}

const trackers = new WeakMap<object, Tracker>()

/**
 * `subscribe` reports `isSubmitting` (the first thing `handleSubmit` announces, before it
 * validates) to whoever asks for it, but react-hook-form's types leave the key out.
 */
export const isSubmittingState = { isSubmitting: true } as Record<string, boolean>

/** The tracker of a form, made on first use; one per form, whoever applies the errors. */
export function getTracker(form: AnyServerErrorsForm): Tracker {
  const known = trackers.get(form.control)
  if (known) return known
  const tracker: Tracker = {
    entries: new Map(),
    wasSubmitting: false,
    busy: false,
    validating: new Set(),
  }
  trackers.set(form.control, tracker)
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

const isUnchanged = (form: AnyServerErrorsForm, entry: Entry) =>
  isFormLevel(entry) || isSameValue(form.getValues(entry.valuePath), entry.snapshot)

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

/** Puts back the error a validation run removed from an unchanged field. */
function restore(form: AnyServerErrorsForm, tracker: Tracker, entry: Entry) {
  entry.awaiting = false
  quietly(tracker, () => {
    form.setError(entry.errorPath, entry.error)
    // setError forced isValid to false: the client rules alone decide it.
    refreshIsValid(form)
  })
  entry.held = form.getFieldState(entry.errorPath).error
}

/**
 * Follows an error that a field array operation (remove, insert, swap, move) carried to another
 * index along with its row, so it still leaves when that row's value changes.
 */
function follow(tracker: Tracker, entry: Entry, errors: unknown, current: unknown) {
  if (entry.held === undefined || current === entry.held) return
  const moved = findErrorPath(errors, entry.held)
  if (moved === undefined || moved === entry.errorPath) return
  forget(tracker, entry)
  const isRoot = entry.errorPath !== entry.valuePath
  entry.errorPath = moved
  entry.valuePath = isRoot ? moved.slice(0, -'.root'.length) : moved
  tracker.entries.set(moved, entry)
}

function stopIfIdle(tracker: Tracker) {
  if (tracker.entries.size > 0 || !tracker.unsubscribe) return
  // react-hook-form tells a run's end only while someone watches validatingFields: leaving
  // mid-run (the isValid refresh just started, say) would leave isValidating true for good.
  if (tracker.validating.size > 0) return
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
  stopIfIdle(tracker)
}

/**
 * Judges an update in which the entry's error is gone from its unchanged field, with what the
 * entry awaited before the update: the verdict of a validation run is undone; anything else
 * (`clearErrors`, `reset`, `resetField`, `unregister`) meant it. A run of the field writes its
 * verdict under the field's name; an update without it (`clearErrors()`, `reset()`) is not one.
 */
function judgeRemoval(
  form: AnyServerErrorsForm,
  tracker: Tracker,
  entry: Entry,
  name: string | undefined,
): boolean {
  const byRun =
    entry.awaiting === 'form' || (entry.awaiting === 'field' && name === entry.errorPath)
  if (byRun) restore(form, tracker, entry)
  else drop(form, tracker, entry, false)
  return byRun
}

/**
 * A run on the entry's field has ended. A run of several fields wrote what it found, without an
 * update of its own (`trigger()` writes its errors, then reports them a few steps later), by the
 * end of this task: whatever removed the error in between was that run; once the task is over
 * with the error standing, the run kept it. A run of the field itself is left to its verdict.
 */
function afterRunEnds(form: AnyServerErrorsForm, tracker: Tracker, entry: Entry) {
  // Two microtasks: react-hook-form 7.55 writes a resolver's errors one step after it reports
  // the run's end (later 7.x write them first); both are done before the task ends.
  queueMicrotask(() => queueMicrotask(() => settleRun(form, tracker, entry)))
}

/** The check `afterRunEnds` schedules: put back what the run removed, or stop awaiting it. */
function settleRun(form: AnyServerErrorsForm, tracker: Tracker, entry: Entry) {
  if (tracker.entries.get(entry.errorPath) !== entry || !entry.awaiting) return
  if ([...tracker.validating].some((path) => covers(entry, path))) return
  const current = form.getFieldState(entry.errorPath).error
  // Gone without an update of its own: only a run writes so (explicit removals report at once).
  if (current === undefined) {
    if (isUnchanged(form, entry)) restore(form, tracker, entry)
  } else if (entry.awaiting === 'form') entry.awaiting = false
}

/** Notes the runs that began or ended on the entry's field in this update. */
function watchRuns(
  form: AnyServerErrorsForm,
  tracker: Tracker,
  entry: Entry,
  before: Set<string>,
  started: readonly string[],
) {
  const running = [...tracker.validating].some((path) => covers(entry, path))
  if (running) {
    if (started.some((path) => covers(entry, path))) {
      // A run that begins on this one field is the field's own; one that begins on several at
      // once is a whole-form run. A field's own run already awaited is not cut short.
      const own = !isFormLevel(entry) && started.length === 1
      if (entry.awaiting !== 'field') entry.awaiting = own ? 'field' : 'form'
    } else if (!entry.awaiting) entry.awaiting = 'form'
  } else if (entry.awaiting && [...before].some((path) => covers(entry, path))) {
    afterRunEnds(form, tracker, entry)
  }
}

function onFormUpdate(
  form: AnyServerErrorsForm,
  tracker: Tracker,
  state: {
    name?: string
    isSubmitting?: boolean
    validatingFields?: unknown
    errors?: unknown
  },
) {
  const before = tracker.validating
  tracker.validating = validatingPaths(state.validatingFields)
  if (tracker.busy) return
  const submitting = state.isSubmitting === true
  if (submitting && !tracker.wasSubmitting) {
    // A new submit starts: the server will judge again, and its old errors must not block it.
    tracker.wasSubmitting = true
    clearServerErrors(form)
    return
  }
  tracker.wasSubmitting = submitting
  const started = [...tracker.validating].filter((path) => !before.has(path))
  for (const entry of [...tracker.entries.values()]) {
    follow(tracker, entry, state.errors, form.getFieldState(entry.errorPath).error)
    if (!isUnchanged(form, entry)) {
      if (drop(form, tracker, entry, 'own')) quietly(tracker, () => refreshIsValid(form))
      continue
    }
    const current = form.getFieldState(entry.errorPath).error
    // Verdicts first, with what was awaited before this update; then the runs it begins.
    if (current === undefined && !judgeRemoval(form, tracker, entry, state.name)) continue
    // A client error in its place is the run's verdict: it stands, and the entry waits again.
    if (current !== undefined && !isServerError(current)) entry.awaiting = false
    watchRuns(form, tracker, entry, before, started)
  }
  stopIfIdle(tracker)
}

/**
 * Starts watching server errors just set on a form. Each stays while its field keeps the value
 * it was set on: it leaves when that value changes, when the app removes it (`clearErrors`,
 * `reset`, `clearServerErrors`) and when the next submit starts, and it is put back when a
 * validation run of the unchanged field removed it, whatever order the runs end in.
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
      // A run of the field under way as the answer arrives (a blur) still writes its verdict.
      awaiting: !isFormLevel(error) && form.getFieldState(error.valuePath).isValidating && 'field',
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
