import type { ErrorKind } from '../errorKinds.js'

/** The kind an HTTP status means; `undefined` for statuses that are not errors, and for 405, 406 and 415. */
export function kindFromStatus(status: number): ErrorKind | undefined {
  switch (status) {
    case 400:
    case 422:
      return 'validation'
    // 419 is Laravel's "Page Expired" (a CSRF token mismatch): the session that held it has ended.
    case 401:
    case 407:
    case 419:
      return 'auth'
    case 403:
      return 'permission'
    case 404:
    case 410:
      return 'not-found'
    case 409:
    case 412:
      return 'conflict'
    case 408:
      return 'timeout'
    case 429:
      return 'rate-limit'
    // A method, an Accept or a Content-Type the server does not take (PostgREST's `.single()`
    // with no row or several is a 406): the app's code is at fault, nothing a user fixes on a form.
    case 405:
    case 406:
    case 415:
      return undefined
  }
  if (status >= 500 && status <= 599) return 'server'
  if (status >= 400 && status <= 499) return 'validation'
  return undefined
}
