'use client'

import { apiErrorOf } from '../core/decode/apiErrorOf.js'
import { isFormError } from '../core/isFormError.js'
import { localizeUserMessage } from '../core/messages/localizeUserMessage.js'
import type { MessageCatalog, MessageResolver } from '../core/messages/messageCatalog.js'
import type { ApiError } from '../core/ApiError.js'
import type { FieldValues } from 'react-hook-form'
import { canApplyServerErrors } from './canApplyServerErrors.js'
import { codeFieldMessage } from './codeFieldMessage.js'
import { fieldsOfCode, type FieldsByCode } from './fieldsByCode.js'
import { fieldId } from './fieldIds.js'
import { isFieldArrayName, isRegisteredField, refreshIsValid } from './formInternals.js'
import { mapServerPath, type PathMappingOptions } from './mapServerPath.js'
import { scheduleFocus } from './scheduleFocus.js'
import { ROOT_SERVER_ERROR, toServerFieldError, usableMessages } from './serverMessages.js'
import { widenForm, type ServerErrorsForm } from './serverErrorsForm.js'
import {
  clearServerErrors,
  trackServerErrors,
  withoutTracking,
  type TrackedServerError,
} from './serverErrorTracker.js'

/** Options of {@link applyServerErrors} and `useServerErrors`. */
export interface ApplyServerErrorsOptions<
  TFieldValues extends FieldValues = FieldValues,
> extends PathMappingOptions<TFieldValues> {
  /**
   * The field an error code is about, where the server names none in its body (bkend's
   * envelope has only a code): `{ 'auth/email-already-exists': 'login' }`, a list tried in
   * order, or a function of the code. The code's message goes on the first field the form
   * has; with none, on `root.server`. Codes left out keep the built-in fields: bkend's
   * email and password codes name `email`, `password` (`newPassword`), `currentPassword`.
   * @default builtInFieldsByCode
   */
  fieldsByCode?: FieldsByCode<TFieldValues> | undefined
  /**
   * Move focus once the errors have rendered: to the form's `ErrorSummary` when one is
   * mounted, else to the first field in error in DOM order (disabled inputs skipped).
   * @default true
   */
  shouldFocus?: boolean | undefined
  /**
   * Decides whether the form has a field at a (mapped) path. By default a path is a field when
   * an input is registered and mounted under exactly that name (`register`, `Controller`,
   * `useFieldArray` items); a value in `defaultValues` alone is not a field.
   * @default the registration check
   */
  hasField?: ((path: string) => boolean) | undefined
  /**
   * The `id` of a field's input, used to find it in the DOM for focus order.
   * @default fieldId (the field's name)
   */
  getFieldId?: ((name: string) => string) | undefined
  /**
   * The language of the user message put on `root.server` (see `localizeUserMessage`);
   * `useServerErrors` and `useActionErrors` pass the `ApiErrorProvider`'s.
   * @default the error's `userMessage` as decoded
   */
  messages?: MessageCatalog | MessageResolver | undefined
}

/** What {@link applyServerErrors} did. */
export interface ApplyServerErrorsResult {
  /** True when anything was set on the form; false for a value that is not an `ApiError` or carries nothing for a form. */
  handled: boolean
  /** The form paths that received a server error (`${array}.root` for a field array's own error). */
  applied: string[]
  /** The server's paths that matched no field; their messages went to `root.server`. */
  unmatched: string[]
  /** The message set on `root.server`, if any. */
  root: string | undefined
  /** Resolves, once focus has moved, with the field that received it (`undefined` if none did or an `ErrorSummary` took it). */
  focused: Promise<string | undefined>
}

const nothing = (): ApplyServerErrorsResult => ({
  handled: false,
  applied: [],
  unmatched: [],
  root: undefined,
  focused: Promise.resolve(undefined),
})

const addUnique = (list: string[], messages: readonly string[]) => {
  for (const message of messages) if (!list.includes(message)) list.push(message)
}

/**
 * The error's field messages, with the message of a code that names a field moved onto the
 * field this form has for it. Only when the body named no field of its own: no field, or the
 * one the decoder filled from the code (holding the `userMessage`). `mapped` lists the paths
 * already in the form's terms.
 */
function withCodeField(
  error: ApiError,
  fieldsByCode: FieldsByCode | undefined,
  hasField: (path: string) => boolean,
): { fields: Record<string, string[]>; mapped: Set<string> } {
  const entries = Object.entries(error.fields)
  const fromCode =
    entries.length === 0 ||
    (entries.length === 1 && entries[0]![1].length === 1 && entries[0]![1][0] === error.userMessage)
  if (!fromCode) return { fields: error.fields, mapped: new Set() }
  const message = [codeFieldMessage(error)]
  const target = fieldsOfCode(error, fieldsByCode).find(hasField)
  if (target !== undefined) return { fields: { [target]: message }, mapped: new Set([target]) }
  // No field here for it: the decoder's field goes the usual way, to `root.server` if unknown.
  return {
    fields: entries.length === 1 ? { [entries[0]![0]]: message } : error.fields,
    mapped: new Set(),
  }
}

/**
 * Puts a server's verdict on a react-hook-form form. Each entry of `ApiError.fields` lands on
 * its field with type `server` (all messages in `types`, joined in `message`); messages for
 * fields the form does not have, and `formErrors`, land on `root.server`, as does the
 * `userMessage` of a validation, conflict or credential error that names no field. Earlier server errors are replaced.
 * Only errors the user can fix (`type: 'user'`) are put on the form; the others set nothing.
 * A field's server error leaves when its value changes, and all leave when the next submit
 * starts. Another client's error (an `AxiosError` with the server's answer) is decoded first;
 * anything else that is not an `ApiError` sets nothing.
 *
 * @example
 * const onSubmit = form.handleSubmit(async (values) => {
 *   try { await api.post('/v1/users', values) }
 *   catch (error) { applyServerErrors(form, error, { mapPath: snakeToCamel }) }
 * })
 */
export function applyServerErrors<TFieldValues extends FieldValues>(
  typedForm: ServerErrorsForm<TFieldValues>,
  thrown: unknown,
  options: ApplyServerErrorsOptions<TFieldValues> = {},
): ApplyServerErrorsResult {
  // Another client's error (an AxiosError) as the kit's client would have failed.
  const error = apiErrorOf(thrown)
  // One rule for what goes on a form, shared with the routing that sends errors here.
  if (!canApplyServerErrors(error)) return nothing()
  const form = widenForm(typedForm)
  const hasField = options.hasField ?? ((path: string) => isRegisteredField(form, path))
  const pathOptions = options as PathMappingOptions
  const targets = new Map<string, { valuePath: string; messages: string[] }>()
  const rootMessages: string[] = []
  const unmatched: string[] = []
  addUnique(rootMessages, usableMessages(error.formErrors))
  const { fields, mapped } = withCodeField(error, options.fieldsByCode as FieldsByCode, hasField)
  for (const [serverPath, list] of Object.entries(fields)) {
    const messages = usableMessages(list)
    // An empty list names no problem: an error without a message would leave the input
    // invalid with nothing on the page saying why.
    if (messages.length === 0) continue
    const path = mapped.has(serverPath) ? serverPath : mapServerPath(serverPath, pathOptions)
    const errorPath =
      path === undefined
        ? undefined
        : hasField(path)
          ? path
          : isFieldArrayName(form, path)
            ? `${path}.root`
            : undefined
    if (path === undefined || errorPath === undefined) {
      unmatched.push(serverPath)
      addUnique(rootMessages, messages)
      continue
    }
    const target = targets.get(errorPath) ?? { valuePath: path, messages: [] }
    addUnique(target.messages, messages)
    targets.set(errorPath, target)
  }
  const userMessage = localizeUserMessage(error, options.messages)
  if (targets.size === 0 && rootMessages.length === 0 && isFormError(error) && userMessage) {
    rootMessages.push(userMessage)
  }

  clearServerErrors(form)
  const tracked: TrackedServerError[] = []
  withoutTracking(form, () => {
    for (const [errorPath, { valuePath, messages }] of targets) {
      const fieldError = toServerFieldError(messages)
      form.setError(errorPath, fieldError)
      tracked.push({ errorPath, valuePath, error: fieldError })
    }
    if (rootMessages.length > 0) {
      const rootError = toServerFieldError(rootMessages)
      form.setError(ROOT_SERVER_ERROR, rootError)
      tracked.push({ errorPath: ROOT_SERVER_ERROR, valuePath: ROOT_SERVER_ERROR, error: rootError })
    }
  })
  trackServerErrors(form, tracked)
  // setError forced isValid to false; server errors must not disable a retry. Quietly: the
  // whole-form run it may start is no validation of the fields in error.
  withoutTracking(form, () => refreshIsValid(form))
  const applied = [...targets.keys()]
  return {
    handled: true,
    applied,
    unmatched,
    root: rootMessages.length > 0 ? rootMessages.join(' ') : undefined,
    focused:
      options.shouldFocus === false
        ? Promise.resolve(undefined)
        : scheduleFocus(form, applied, options.getFieldId ?? fieldId),
  }
}
