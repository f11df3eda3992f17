import { ApiError, type ApiErrorInit } from '../core/ApiError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { isApiError } from '../core/isApiError.js'
import { isErrorShape } from '../core/utils/isErrorShape.js'

const isText = (value: unknown): value is string => typeof value === 'string'

/** True for what `JSON.stringify` makes of an ApiError (its `toJSON`). */
const isApiErrorJson = (value: unknown): value is ApiErrorInit & Record<string, unknown> =>
  isErrorShape(value, 'ApiError') && isText(value.format)

/**
 * An `ApiError` again from what a server sent of one: its JSON form (a dehydrated query's error)
 * becomes the same error, fields, wait and request id included; anything else (a redacted
 * `Error`, a structured clone) is decoded like any thrown value. An `ApiError` is returned as it is.
 */
export function reviveApiError(value: unknown): ApiError {
  if (isApiError(value) || !isApiErrorJson(value)) return decodeError(value)
  return new ApiError({ ...value, message: isText(value.message) ? value.message : '' })
}
