import type { ErrorKind } from '../errorKinds.js'
import type {
  BkendCode,
  bkendCodeFields,
  bkendCodes,
  bkendSessionEndCodes,
  bkendStatusConflicts,
} from './bkendCodeTable.js'
import type { KindOfStatus } from './kindOfStatus.js'

/** What the types know of one error code: its kind and, for some, the form field it names. */
export interface CodeInfo {
  /** The kind an error with this code has. */
  kind: ErrorKind
  /** The field whose message `fields` always holds for this code, if any. */
  field?: string | undefined
}

/** Error codes and what each means: the shape `Register['codes']` takes (or a union of codes). */
export type CodeTable = { readonly [code: string]: CodeInfo }

type Own<T, K extends PropertyKey, Else> = K extends keyof T ? T[K] : Else

/** Every status bkend documents for `C` (two for the few its pages disagree on). */
type BkendStatuses<C extends BkendCode> =
  Own<typeof bkendStatusConflicts, C, Own<typeof bkendCodes, C, never>> extends infer S
    ? S extends readonly number[]
      ? S[number]
      : S
    : never

/**
 * bkend's documented codes as a typed table: the status the docs give each one (every status,
 * where its pages disagree), the kind that status gives, the form field it names and whether it
 * ends the session. Register it to type your app's errors as bkend's:
 *
 * @example
 * declare module 'api-error-kit' {
 *   interface Register { codes: BkendCodeTable }
 * }
 */
export type BkendCodeTable = {
  readonly [C in BkendCode]: {
    status: BkendStatuses<C>
    kind: [BkendStatuses<C>] extends [never]
      ? ErrorKind
      : BkendStatuses<C> extends infer S extends number
        ? KindOfStatus<S>
        : never
    field: Own<typeof bkendCodeFields, C, undefined>
    endsSession: C extends (typeof bkendSessionEndCodes)[number] ? true : false
  }
}

/**
 * Backstack's codes: its `code` is the HTTP status (400, 401, 403, 404, 429, 500), so an
 * ApiError from Backstack carries `http/<status>`.
 */
export type BackstackCodeTable = {
  readonly 'http/400': { kind: 'validation' }
  readonly 'http/401': { kind: 'auth' }
  readonly 'http/403': { kind: 'permission' }
  readonly 'http/404': { kind: 'not-found' }
  readonly 'http/429': { kind: 'rate-limit' }
  readonly 'http/500': { kind: 'server' }
}

/** A code an ApiError from Backstack carries. */
export type BackstackCode = keyof BackstackCodeTable

/**
 * The codes the library gives errors of any API: a failed network, a timeout, an abort, a
 * thrown non-HTTP error, a status with no code in its body (`http/502`) and a kind with neither
 * (`server/error`).
 */
export type LibraryCodeTable = {
  readonly 'network/failed': { kind: 'network' }
  readonly 'request/timeout': { kind: 'timeout' }
  readonly 'request/aborted': { kind: 'aborted' }
  readonly 'client/error': { kind: 'unknown' }
  readonly 'client/body-not-replayable': { kind: 'unknown' }
  readonly 'client/redirect-left-origin': { kind: 'network' }
  readonly 'client/redirect-refused': { kind: 'network' }
  readonly 'client/too-many-redirects': { kind: 'network' }
} & { readonly [C in `http/${number}`]: { kind: ErrorKind } } & {
  readonly [K in ErrorKind as `${K}/error`]: { kind: K }
}

/** A code the library itself gives errors. */
export type LibraryCode = keyof LibraryCodeTable

/** Every code the library knows without a registration: bkend's, Backstack's and its own. */
export type KnownCode = BkendCode | BackstackCode | LibraryCode
