/** Every kind of failure an {@link ApiError} can be, in one list. */
export const errorKinds = [
  'validation',
  'auth',
  'permission',
  'not-found',
  'conflict',
  'rate-limit',
  'server',
  'network',
  'timeout',
  'aborted',
  'unknown',
] as const

/** What kind of failure an error is: the UI routes each kind to one channel. */
export type ErrorKind = (typeof errorKinds)[number]
