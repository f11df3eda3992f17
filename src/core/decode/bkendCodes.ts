/**
 * The HTTP status bkend documents for each of its error codes. Used only when an error arrives
 * without a response status (a stored body, a realtime message): the response status always wins.
 */
export const bkendCodes = {
  'data/validation-error': 400,
  'auth/invalid-email-format': 400,
  'auth/invalid-password-format': 400,
  'auth/invalid-request': 400,
  'common/invalid-parameters': 400,
  'auth/unauthorized': 401,
  'auth/access-token-expired': 401,
  'auth/invalid-access-token': 401,
  'auth/invalid-refresh-token': 401,
  'auth/invalid-token-format': 401,
  'auth/missing-authorization-header': 401,
  'auth/invalid-credentials': 401,
  'auth/session-expired': 401,
  'auth/token-expired': 401,
  'data/permission-denied': 403,
  'data/system-table-access': 403,
  'data/scope-insufficient': 403,
  'auth/forbidden': 403,
  'file/access-denied': 403,
  'data/table-not-found': 404,
  'data/not-found': 404,
  'data/environment-not-found': 404,
  'auth/account-not-found': 404,
  'file/not-found': 404,
  'auth/email-already-exists': 409,
  'data/duplicate-value': 409,
  'auth/account-already-linked': 409,
  'data/rate-limit-exceeded': 429,
  'auth/too-many-requests': 429,
  'auth/too-many-login-attempts': 429,
  'auth/too-many-code-requests': 429,
  'auth/account-locked': 429,
} as const satisfies Record<string, number>

/** A bkend error code the library knows, with its documented HTTP status. */
export type BkendCode = keyof typeof bkendCodes
