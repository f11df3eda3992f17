import type { ErrorKind } from '../errorKinds.js'

/** English messages for every kind of error: what the user sees when nothing more specific is known. */
export const defaultKindMessages: Record<ErrorKind, string> = {
  validation: 'Some of the information entered is not valid. Please check it and try again.',
  auth: 'Please sign in to continue.',
  permission: "You don't have permission to do that.",
  'not-found': "We couldn't find what you were looking for.",
  conflict: 'This conflicts with something that already exists.',
  'rate-limit': 'Too many requests. Please wait a moment and try again.',
  server: 'Something went wrong on our side. Please try again later.',
  network: "We couldn't reach the server. Check your connection and try again.",
  timeout: 'The server took too long to answer. Please try again.',
  aborted: 'The request was cancelled.',
  unknown: 'Something went wrong. Please try again.',
}

/** English messages for the error codes a user can act on (bkend's, mostly). */
export const defaultCodeMessages: Record<string, string> = {
  'auth/invalid-credentials': 'The email or password is incorrect.',
  'auth/invalid-email-format': 'Enter a valid email address, like name@example.com.',
  'auth/invalid-password-format': "The password doesn't meet the requirements.",
  'auth/email-already-exists': 'An account with this email already exists. Try signing in.',
  'auth/account-not-found': "We couldn't find an account with those details.",
  'auth/account-already-linked': 'This account is already linked.',
  'auth/too-many-login-attempts': 'Too many sign-in attempts. Please wait and try again.',
  'auth/too-many-code-requests': 'Too many code requests. Please wait and try again.',
  'auth/account-locked': 'Your account is locked for now. Please wait and try again.',
  'auth/access-token-expired': 'Your session has expired. Please sign in again.',
  'auth/invalid-refresh-token': 'Your session has expired. Please sign in again.',
  'auth/session-expired': 'Your session has expired. Please sign in again.',
  'auth/token-expired': 'Your session has expired. Please sign in again.',
  'data/duplicate-value': 'That value is already taken. Please use another one.',
  'data/permission-denied': "You don't have permission to do that.",
  'data/not-found': "This item doesn't exist or has been removed.",
  'file/not-found': "This file doesn't exist or has been removed.",
  'file/access-denied': "You don't have access to this file.",
}
