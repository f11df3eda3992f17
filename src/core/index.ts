// The framework-free core: the error model, the decoders and the HTTP client.
export { ApiError } from './ApiError.js'
export { API_ERROR_BRAND } from './apiErrorBrand.js'
export type { ApiErrorInit, ErrorType } from './ApiError.js'
export { errorKinds } from './errorKinds.js'
export type { ErrorKind } from './errorKinds.js'
export { isApiError } from './isApiError.js'
export type { IsApiError } from './isApiError.js'
export { matchError } from './codes/matchError.js'
export type { EveryCase, MatchError, SomeCases } from './codes/matchError.js'
export type {
  AnyCodeTable,
  ApiCodesOf,
  ApiErrorFor,
  CodesOf,
  ErrorCode,
  Register,
  RegisteredCodeTable,
} from './codes/register.js'
export type {
  BackstackCode,
  BackstackCodeTable,
  BkendCodeTable,
  CodeInfo,
  CodeTable,
  KnownCode,
  LibraryCode,
  LibraryCodeTable,
} from './codes/codeTables.js'
export type { CodeMessages } from './codes/codeMessages.js'
export { createCodeDecoder } from './codes/createCodeDecoder.js'
export type { CodeDecoderOptions } from './codes/createCodeDecoder.js'
export type { KindOfStatus } from './codes/kindOfStatus.js'
export {
  isAbortedError,
  isAuthError,
  isConflictError,
  isNetworkError,
  isNotFoundError,
  isPermissionError,
  isRateLimitError,
  isServerError,
  isTimeoutError,
  isValidationError,
} from './kindGuards.js'

export { decodeError } from './decode/decodeError.js'
export { createDecoder } from './decode/createDecoder.js'
export { bkendFormats } from './decode/bkendFormats.js'
export { bkendDecoder } from './decode/formats/bkend.js'
export { backstackDecoder } from './decode/formats/backstack.js'
export { firebaseDecoder } from './decode/formats/firebase.js'
export { stripeDecoder } from './decode/formats/stripe.js'
export { problemDetailsDecoder } from './decode/formats/problemDetails.js'
export { jsonApiDecoder } from './decode/formats/jsonApi.js'
export { graphqlDecoder } from './decode/formats/graphql.js'
export { postgrestDecoder } from './decode/formats/postgrest.js'
export { laravelDecoder } from './decode/formats/laravel.js'
export { fastApiDecoder } from './decode/formats/fastApi.js'
export { djangoDecoder } from './decode/formats/django.js'
export { genericDecoder } from './decode/formats/generic.js'
export { decodeErrorAsync } from './decode/decodeErrorAsync.js'
export { decodeResponse } from './decode/decodeResponse.js'
export type { DecodeResponseOptions } from './decode/decodeResponse.js'
export { registerDecoder } from './decode/decoderRegistry.js'
export { normalizeFieldPath, createFieldCollector } from './decode/fieldPaths.js'
export type { FieldCollector } from './decode/fieldPaths.js'
export { readRetryAfter, MAX_RETRY_AFTER_MS } from './decode/readRetryAfter.js'
export { bkendCodes } from './codes/bkendCodeTable.js'
export type { BkendCode } from './codes/bkendCodeTable.js'
export type {
  Decode,
  DecodeContext,
  DecodedBody,
  ErrorDecoder,
  HeadersLike,
} from './decode/types.js'
export { isRecord } from './utils/isRecord.js'

export { setMessages, resolveUserMessage } from './messages/messageCatalog.js'
export { localizeUserMessage } from './messages/localizeUserMessage.js'
export type { MessageCatalog, MessageInput, MessageResolver } from './messages/messageCatalog.js'
export { defaultCodeMessages, defaultKindMessages } from './messages/defaultMessages.js'

export { createCooldownStore } from './client/retry/cooldowns.js'
export type { Cooldown, CooldownStore } from './client/retry/cooldowns.js'

export { createApiClient } from './client/createApiClient.js'
export type { ApiClient, ApiClientOptions, AuthOptions, RequestOptions } from './client/types.js'
export type { QueryParams } from './client/buildUrl.js'
export type { ResponseType } from './client/parseSuccess.js'
export { memoryTokenStore } from './client/auth/memoryTokenStore.js'
export {
  localStorageTokenStore,
  sessionStorageTokenStore,
} from './client/auth/webStorageTokenStore.js'
export type { TokenChange, Tokens, TokenStore } from './client/auth/tokens.js'
export type { RefreshContext } from './client/auth/refreshCoordinator.js'
export { bkendAuth, fromBkendTokens } from './client/auth/bkendAuth.js'
export type { BkendAuthOptions } from './client/auth/bkendAuth.js'
export type { RetryOptions } from './client/retry/retryPolicy.js'
export { isHandledByClient } from './client/handledByClient.js'

export { toActionError } from './actions/toActionError.js'
export type { ActionError } from './actions/toActionError.js'
export { fromActionError, isActionError } from './actions/fromActionError.js'
