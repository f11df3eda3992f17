import type { ApiError } from '../ApiError.js'
import type { ErrorKind } from '../errorKinds.js'
import { isApiError, type IsApiError } from '../isApiError.js'
import type { BkendCode } from './bkendCodeTable.js'
import type { CodeMessages } from './codeMessages.js'
import type { BackstackCodeTable, BkendCodeTable, KnownCode } from './codeTables.js'
import { matchError, type MatchError } from './matchError.js'
import type { ErrorCode } from './register.js'

// The repository registers no codes, so the global functions take any string; an app that
// registers a table gets the checks below. Casting to the table's types tests the same signatures.
const isBkendError = isApiError as unknown as IsApiError<BkendCodeTable>
const matchBkendError = matchError as unknown as MatchError<BkendCodeTable>
declare const thrown: unknown
declare const error: ApiError

test('a misspelt code fails to compile once codes are registered', () => {
  // @ts-expect-error -- `credntials`
  isBkendError(thrown, 'auth/invalid-credntials')
  // @ts-expect-error -- not a bkend code
  matchBkendError(error, { 'auth/invalid-credntials': () => 1, _: () => 0 })
  // The library's own codes are always there.
  expectTypeOf(isBkendError).toBeCallableWith(thrown, 'network/failed')
  expectTypeOf(isBkendError).toBeCallableWith(thrown, 'http/502')
})

test('narrowing by code gives the code, its kind and the field it names', () => {
  if (isBkendError(thrown, 'auth/invalid-email')) {
    expectTypeOf(thrown.code).toEqualTypeOf<'auth/invalid-email'>()
    expectTypeOf(thrown.kind).toEqualTypeOf<'validation'>()
    expectTypeOf(thrown.fields.email).toEqualTypeOf<string[]>()
    expectTypeOf(thrown.userMessage).toEqualTypeOf<string>()
  }
  if (isBkendError(thrown, 'auth/invalid-credentials')) {
    expectTypeOf(thrown.kind).toEqualTypeOf<'auth'>()
    expectTypeOf(thrown.fields.email).toEqualTypeOf<string[] | undefined>()
  }
  // Two pages disagree on its status: both kinds are possible.
  if (isBkendError(thrown, 'auth/mfa-already-enabled'))
    expectTypeOf(thrown.kind).toEqualTypeOf<'conflict' | 'validation'>()
  // Listed with no status: any kind.
  if (isBkendError(thrown, 'auth/mfa-setup-expired'))
    expectTypeOf(thrown.kind).toEqualTypeOf<ErrorKind>()
  if (isBkendError(thrown, 'request/timeout')) expectTypeOf(thrown.kind).toEqualTypeOf<'timeout'>()
  if (isBkendError(thrown, 'file/bucket-not-configured'))
    expectTypeOf(thrown.kind).toEqualTypeOf<'server'>()
})

test('the typed table has a row per documented code', () => {
  expectTypeOf<keyof BkendCodeTable>().toEqualTypeOf<BkendCode>()
  expectTypeOf<BkendCodeTable['auth/mfa-required']>().toEqualTypeOf<{
    status: 403
    kind: 'permission'
    field: undefined
    endsSession: false
  }>()
  expectTypeOf<BkendCodeTable['auth/session-expired']['endsSession']>().toEqualTypeOf<true>()
  expectTypeOf<BkendCodeTable['file/file-too-large']['field']>().toEqualTypeOf<'fileSize'>()
  expectTypeOf<BackstackCodeTable['http/429']['kind']>().toEqualTypeOf<'rate-limit'>()
})

test('matchError checks its cases against the codes, and needs every one without `_`', () => {
  const some = matchBkendError(error, {
    'auth/invalid-email': (e) => e.fields.email.join(' '),
    'auth/too-many-requests': (e) => (e.kind === 'rate-limit' ? e.userMessage : ''),
    _: (e) => e.code,
  })
  expectTypeOf(some).toEqualTypeOf<string>()
  // @ts-expect-error -- no `_`, and most codes have no case
  matchBkendError(error, { 'auth/invalid-email': () => 'x' })
  const matchTwo = matchError as unknown as MatchError<{
    'billing/card-declined': { kind: 'validation'; field: 'card' }
    'billing/expired': { kind: 'validation' }
  }>
  const every = matchTwo(error, {
    'billing/card-declined': (e) => e.fields.card,
    'billing/expired': () => ['expired'],
  })
  expectTypeOf(every).toEqualTypeOf<string[] | undefined>()
  // @ts-expect-error -- `billing/expired` has no case
  matchTwo(error, { 'billing/card-declined': () => 1 })
})

test('a message catalog that misses a code fails to compile', () => {
  const full: CodeMessages<'billing/card-declined' | 'billing/expired'> = {
    'billing/card-declined': 'Your card was declined.',
    'billing/expired': 'Your card has expired.',
  }
  expectTypeOf(full).toMatchTypeOf<Record<string, string>>()
  // @ts-expect-error -- `billing/expired` has no message
  const missing: CodeMessages<'billing/card-declined' | 'billing/expired'> = {
    'billing/card-declined': 'Your card was declined.',
  }
  void missing
  // @ts-expect-error -- a bkend code without its message
  const partial: CodeMessages<BkendCode> = { 'auth/invalid-credentials': 'Wrong password.' }
  void partial
})

test('without a registration any code compiles, and the known ones are offered', () => {
  expectTypeOf<'acme/anything'>().toMatchTypeOf<ErrorCode>()
  expectTypeOf<BkendCode>().toMatchTypeOf<KnownCode>()
  expectTypeOf(isApiError).toBeCallableWith(thrown, 'acme/anything')
  if (isApiError(thrown, 'auth/invalid-email')) {
    expectTypeOf(thrown.code).toEqualTypeOf<'auth/invalid-email'>()
    expectTypeOf(thrown.kind).toEqualTypeOf<ErrorKind>()
  }
  if (isApiError(thrown)) expectTypeOf(thrown).toEqualTypeOf<ApiError>()
  expectTypeOf(matchError(error, { 'acme/x': () => 1, _: () => 2 })).toEqualTypeOf<number>()
})
