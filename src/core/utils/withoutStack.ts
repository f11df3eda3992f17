/**
 * Runs `build` with the engine's stack capture off, for errors the client only reads itself (the
 * 401 that asks for a refresh): in V8 a stack trace costs several times the decoding. Engines
 * without `Error.stackTraceLimit` capture one as usual. `build` must be synchronous.
 */
export function withoutStack<T>(build: () => T): T {
  const errors = Error as { stackTraceLimit?: number }
  const limit = errors.stackTraceLimit
  if (limit === undefined) return build()
  errors.stackTraceLimit = 0
  try {
    return build()
  } finally {
    errors.stackTraceLimit = limit
  }
}

/** Gives `error`, made by {@link withoutStack}, the stack it would have had, where the engine can. */
export function addStack(error: Error): void {
  ;(Error as { captureStackTrace?: (target: object) => void }).captureStackTrace?.(error)
}
