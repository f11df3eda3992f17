import type { ErrorKind } from '../../core/errorKinds.js'

/**
 * The banner title for each kind of error. Replace a title per banner with the `title` prop,
 * or spread this map into your own for a whole app.
 */
export const errorTitles: Readonly<Record<ErrorKind, string>> = {
  validation: 'Check the information you entered',
  auth: 'Sign in to continue',
  permission: "You don't have access",
  'not-found': "We couldn't find that",
  conflict: 'This conflicts with a recent change',
  'rate-limit': 'Too many requests',
  server: 'Something went wrong on our side',
  network: "We couldn't reach the server",
  timeout: 'The request took too long',
  aborted: 'The request was cancelled',
  unknown: 'Something went wrong',
}
