import { ApiError } from '../ApiError.js'
import { isErrorShape } from '../utils/isErrorShape.js'
import { isRecord } from '../utils/isRecord.js'
import type { ActionError } from './toActionError.js'

const isText = (value: unknown): value is string => typeof value === 'string'
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isText) : [])

/** True for what `toActionError` returns, however it travelled (React, JSON, a clone). */
export function isActionError(value: unknown): value is ActionError {
  return isErrorShape(value, 'ActionError')
}

/**
 * The `ApiError` again on the page from an action's {@link ActionError} (format `action`, its
 * `message` the user message), for `applyServerErrors`, the hub and the components;
 * `undefined` for anything else.
 *
 * @example
 * const error = fromActionError(state.error)
 * if (error) toast.error(error)
 */
export function fromActionError(value: unknown): ApiError | undefined {
  if (!isActionError(value)) return undefined
  const fields: Record<string, string[]> = {}
  if (isRecord(value.fields))
    for (const [path, messages] of Object.entries(value.fields)) fields[path] = texts(messages)
  return new ApiError({
    status: value.status,
    code: value.code,
    kind: value.kind,
    type: value.type,
    message: value.userMessage,
    userMessage: value.userMessage,
    fields,
    formErrors: texts(value.formErrors),
    retryAfterMs: typeof value.retryAfterMs === 'number' ? value.retryAfterMs : undefined,
    requestId: isText(value.requestId) ? value.requestId : undefined,
    format: 'action',
  })
}
