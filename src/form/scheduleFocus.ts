'use client'

import { afterRender } from './afterRender.js'
import { focusFirstField } from './focusFirstField.js'
import { isSubmitting } from './formInternals.js'
import type { AnyServerErrorsForm } from './serverErrorsForm.js'
import { getTracker, isSubmittingState } from './serverErrorTracker.js'
import { focusSummary } from './summaryRegistry.js'

const MAX_ATTEMPTS = 3

/**
 * Moves focus once the errors have rendered and any running submit has finished (a
 * `<fieldset disabled={isSubmitting}>` cannot take focus until then): to the form's
 * `ErrorSummary` when one is mounted, else to the first of `names` in DOM order. Resolves with
 * the field that received focus; `undefined` when the summary took it or nothing could.
 * A newer call, or clearing the server errors, cancels a pending one.
 */
export function scheduleFocus(
  form: AnyServerErrorsForm,
  names: readonly string[],
  getFieldId: (name: string) => string,
): Promise<string | undefined> {
  const tracker = getTracker(form)
  tracker.cancelFocus?.()
  return new Promise((resolve) => {
    let cancelled = false
    let attempts = 0
    let cancelStep: () => void = () => {}
    const run = () => {
      if (cancelled) return
      if (isSubmitting(form)) {
        const unsubscribe = form.subscribe({
          formState: isSubmittingState,
          callback: (state) => {
            if (state.isSubmitting) return
            unsubscribe()
            cancelStep = afterRender(run)
          },
        })
        cancelStep = unsubscribe
        return
      }
      if (focusSummary(form.control)) return done(undefined)
      const focused = focusFirstField(form, names, getFieldId)
      // Inputs may still be disabled for a frame after the submit (until React re-renders).
      if (focused === undefined && ++attempts < MAX_ATTEMPTS) cancelStep = afterRender(run)
      else done(focused)
    }
    const done = (focused: string | undefined) => {
      tracker.cancelFocus = undefined
      resolve(focused)
    }
    tracker.cancelFocus = () => {
      cancelled = true
      cancelStep()
      resolve(undefined)
    }
    cancelStep = afterRender(run)
  })
}
