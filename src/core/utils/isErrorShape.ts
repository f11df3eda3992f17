import type { ErrorType } from '../ApiError.js'
import { errorKinds, type ErrorKind } from '../errorKinds.js'
import { isRecord } from './isRecord.js'

/** The core of an error that travelled as plain data. */
export interface ErrorShape extends Record<string, unknown> {
  name: string
  status: number
  code: string
  kind: ErrorKind
  type: ErrorType
  userMessage: string
}

/**
 * True for a plain object named `name` that holds an error's status, code, kind, type and user
 * message: an `ApiError` or an action's error after JSON or React sent it somewhere.
 */
export function isErrorShape(value: unknown, name: string): value is ErrorShape {
  return (
    isRecord(value) &&
    value.name === name &&
    typeof value.status === 'number' &&
    typeof value.code === 'string' &&
    typeof value.userMessage === 'string' &&
    (errorKinds as readonly unknown[]).includes(value.kind) &&
    ['user', 'codebase', 'system'].includes(value.type as string)
  )
}
