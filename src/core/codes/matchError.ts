import type { ApiError } from '../ApiError.js'
import { own } from '../utils/own.js'
import type { LibraryCode } from './codeTables.js'
import type {
  AnyCodeTable,
  ApiCodesOf,
  ApiErrorFor,
  CodesOf,
  RegisteredCodeTable,
} from './register.js'

type Case<C extends string, T, R> = (error: ApiErrorFor<C, T>) => R

/** Without a registration any code may have a case, and each case gets an ApiError. */
type AnyCases<R> = { readonly [code: string]: ((error: ApiError) => R) | undefined }

/** Cases for some codes of table `T`, and `_` for every other error. */
export type SomeCases<T, R> = (T extends AnyCodeTable
  ? AnyCases<R>
  : { readonly [C in CodesOf<T>]?: Case<C, T, R> }) & {
  /** Every error whose code has no case of its own. */
  readonly _: (error: ApiError<CodesOf<T>>) => R
}

/** A case for every code of table `T` (the library's own codes may have one). */
export type EveryCase<T, R> = T extends AnyCodeTable
  ? AnyCases<R>
  : { readonly [C in ApiCodesOf<T>]: Case<C, T, R> } & {
      readonly [C in LibraryCode]?: Case<C, T, R>
    }

/**
 * The type of {@link matchError} for the codes of table `T` (cast through `unknown` for a second
 * API: `matchError as unknown as MatchError<BillingCodeTable>`).
 */
export interface MatchError<T = RegisteredCodeTable> {
  /** Runs the case of the error's code, or `_`. */
  <R>(error: ApiError, cases: SomeCases<T, R>): R
  /** Runs the case of the error's code; `undefined` for a code the API does not declare. */
  <R>(error: ApiError, cases: EveryCase<T, R>): R | undefined
}

/**
 * Runs the case for the error's code, each case getting the error narrowed to its code. The
 * cases are checked against your registered codes (see `Register`): a misspelt code fails to
 * compile, and without a `_` case every code must have one, so a code added to the API later
 * is a compile error until it is handled. An error with a code the API never declared (a
 * network failure, a proxy's 502) goes to `_`, or gives `undefined` when there is none.
 *
 * @example
 * const message = matchError(error, {
 *   'auth/invalid-credentials': () => 'Wrong email or password.',
 *   'auth/invalid-email': (e) => e.fields.email.join(' '),
 *   _: (e) => e.userMessage,
 * })
 */
export const matchError = function matchError(
  error: ApiError,
  cases: Record<string, ((error: ApiError) => unknown) | undefined>,
): unknown {
  return (own(cases, error.code) ?? cases._)?.(error)
} as MatchError
