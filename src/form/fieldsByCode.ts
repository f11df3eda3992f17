import type { ApiError } from '../core/ApiError.js'
import { own } from '../core/utils/own.js'
import type { FieldPath, FieldValues } from 'react-hook-form'

/**
 * Which form field an error code is about, per form: a map from code to the field (or to
 * fields tried in order, the first the form has wins), or a function of the error. A code
 * the map leaves out, or a function answering `undefined`, keeps the built-in fields.
 */
export type FieldsByCode<TFieldValues extends FieldValues = FieldValues> =
  | Readonly<Partial<Record<string, FieldPath<TFieldValues> | readonly FieldPath<TFieldValues>[]>>>
  | ((code: string, error: ApiError) => FieldPath<TFieldValues> | undefined)

/**
 * The fields bkend's documented codes name, as its request bodies call them, each list tried
 * in order: sign-up and sign-in send `email` and `password`, a password change
 * `currentPassword` and `newPassword`, a reset `email`, then `password` or `newPassword`.
 * Backstack needs no entry: its body names the fields itself.
 */
export const builtInFieldsByCode: Readonly<Record<string, readonly string[]>> = {
  'auth/email-already-exists': ['email'],
  'auth/invalid-email': ['email'],
  'auth/invalid-email-format': ['email'],
  'auth/invalid-password-format': ['password', 'newPassword'],
  'auth/weak-password': ['password', 'newPassword'],
  'auth/same-as-previous-password': ['newPassword', 'password'],
  'auth/invalid-password': ['currentPassword', 'password'],
  'auth/invalid-mfa-code': ['code'],
}

const asList = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value

/**
 * The fields an error's code names, in order of preference: the form's `fieldsByCode` when it
 * lists the code, else the built-in ones. Empty when the code names no field.
 */
export function fieldsOfCode(error: ApiError, fieldsByCode: FieldsByCode | undefined): string[] {
  let chosen: string | readonly string[] | undefined
  if (typeof fieldsByCode === 'function') {
    try {
      chosen = fieldsByCode(error.code, error)
    } catch {
      // A broken mapping must not lose the error: the built-in fields take it.
    }
  } else chosen = own(fieldsByCode, error.code)
  return [...asList(chosen ?? own(builtInFieldsByCode, error.code))]
}
