import type { ApiError } from '../ApiError.js'
import type { ErrorKind } from '../errorKinds.js'
import type { CodeInfo, KnownCode, LibraryCode, LibraryCodeTable } from './codeTables.js'

/**
 * Register your API's error codes once, and `isApiError`, `matchError` and `ApiError['code']`
 * check every code you write against them (TanStack Query's `Register` works the same way).
 * Give `codes` a union of codes, or a table of what each code means (`BkendCodeTable`, or the
 * one `api-error-kit codegen` writes from your OpenAPI document). Without it, any string is a
 * code and the ones the library knows are offered for completion.
 *
 * @example
 * declare module 'api-error-kit' {
 *   interface Register { codes: BkendCodeTable | 'billing/card-declined' }
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the app
export interface Register {}

/** The table an unregistered app has: any code, with nothing known of it. */
export interface AnyCodeTable {
  readonly anyCode: true
}

type TableOf<C> = C extends string ? { readonly [K in C]: CodeInfo } : C
type Union<U> = (U extends unknown ? (table: U) => void : never) extends (table: infer I) => void
  ? I
  : never

/** The table of codes the app registered (see {@link Register}); `AnyCodeTable` when it registered none. */
export type RegisteredCodeTable = Register extends { codes: infer C }
  ? Union<TableOf<C>>
  : AnyCodeTable

/** The codes of a table, the library's own included. */
export type CodesOf<T> = T extends AnyCodeTable
  ? KnownCode | (string & {})
  : Extract<keyof T, string> | LibraryCode

/** The codes of a table without the library's own: the ones an exhaustive match must handle. */
export type ApiCodesOf<T> = T extends AnyCodeTable ? string : Extract<keyof T, string>

/** An error code of your API: the registered ones, or any string when none are registered. */
export type ErrorCode = CodesOf<RegisteredCodeTable>

type InfoOf<T, C extends string> = T extends AnyCodeTable
  ? CodeInfo
  : C extends keyof T
    ? T[C]
    : C extends keyof LibraryCodeTable
      ? LibraryCodeTable[C]
      : CodeInfo

type FieldsOf<I> = I extends { field: infer F extends string }
  ? Record<string, string[]> & { readonly [P in F]: string[] }
  : Record<string, string[]>

/**
 * An {@link ApiError} narrowed to the code `C`: its `kind` and `fields` are the ones the table
 * `T` gives that code (a bkend `auth/invalid-email` is a `validation` error whose `fields.email`
 * holds the message).
 */
export type ApiErrorFor<C extends string, T = RegisteredCodeTable> = C extends string
  ? ApiError<C> & {
      readonly kind: InfoOf<T, C> extends { kind: infer K extends ErrorKind } ? K : ErrorKind
      readonly fields: FieldsOf<InfoOf<T, C>>
    }
  : never
