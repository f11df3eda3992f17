import type { ErrorType } from '../ApiError.js'
import { decodeError } from '../decode/decodeError.js'
import type { ErrorKind } from '../errorKinds.js'
import { isRecord } from '../utils/isRecord.js'

/**
 * An `ApiError` as a server action may return it: plain data that React can send to the page.
 * It keeps what the page needs to show and route the error, and leaves out whatever may be
 * technical or secret: `message`, `devMessage`, `raw`, `cause` and `url`.
 */
export interface ActionError {
  /** Tells this shape from the rest of an action's state (`isActionError`). */
  readonly name: 'ActionError'
  /** HTTP status; 0 when there is none. */
  readonly status: number
  /** `domain/name`, e.g. `auth/invalid-credentials`. */
  readonly code: string
  /** What kind of failure it is; the routing reads it. */
  readonly kind: ErrorKind
  /** Who can fix it; only `user` errors are put on a form. */
  readonly type: ErrorType
  /** A message that is always safe to show an end user. */
  readonly userMessage: string
  /** Field messages keyed by react-hook-form paths. */
  readonly fields: Record<string, string[]>
  /** Messages for the whole form. */
  readonly formErrors: string[]
  /** How long the server asked to wait before trying again, in milliseconds. */
  readonly retryAfterMs?: number
  /** The request id, for the user to quote to support. */
  readonly requestId?: string
}

// redirect(), notFound() and friends throw errors whose digest tells Next.js what to do.
const isFrameworkSignal = (error: unknown) =>
  isRecord(error) &&
  typeof error.digest === 'string' &&
  /^(?:NEXT_|DYNAMIC_SERVER_USAGE|BAILOUT_TO_CLIENT_SIDE_RENDERING)/.test(error.digest)

/**
 * Turns whatever a server action caught into an {@link ActionError} to return as (part of) its
 * state: anything is decoded first, as `decodeError` does. The errors Next.js throws for
 * `redirect()` and `notFound()` are thrown again, so catching around them changes nothing.
 *
 * @example
 * 'use server'
 * export async function signUp(_state: SignUpState, data: FormData): Promise<SignUpState> {
 *   try { await api.post('/v1/auth/email/signup', Object.fromEntries(data)) }
 *   catch (error) { return { error: toActionError(error) } }
 *   redirect('/welcome')
 * }
 */
export function toActionError(error: unknown): ActionError {
  if (isFrameworkSignal(error)) throw error
  const { status, code, kind, type, userMessage, fields, formErrors, retryAfterMs, requestId } =
    decodeError(error)
  return {
    name: 'ActionError',
    status,
    code,
    kind,
    type,
    userMessage,
    fields: { ...fields },
    formErrors: [...formErrors],
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(requestId === undefined ? {} : { requestId }),
  }
}
