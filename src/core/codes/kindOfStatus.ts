import type { ErrorKind } from '../errorKinds.js'

/**
 * The kind an HTTP status gives an error, as a type: `kindFromStatus` at compile time
 * (405, 406 and 415 give no kind, so the error's kind is `unknown`).
 */
export type KindOfStatus<S extends number> = S extends 400 | 422
  ? 'validation'
  : S extends 401 | 407 | 419
    ? 'auth'
    : S extends 403
      ? 'permission'
      : S extends 404 | 410
        ? 'not-found'
        : S extends 409 | 412
          ? 'conflict'
          : S extends 408
            ? 'timeout'
            : S extends 429
              ? 'rate-limit'
              : S extends 405 | 406 | 415
                ? 'unknown'
                : `${S}` extends `5${string}`
                  ? 'server'
                  : `${S}` extends `4${string}`
                    ? 'validation'
                    : ErrorKind
