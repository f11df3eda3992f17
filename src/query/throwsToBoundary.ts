import { shouldThrowError, type Query } from '@tanstack/react-query'

interface ThrowingOptions {
  suspense?: unknown
  throwOnError?: unknown
}

/**
 * True when a failed query's error is thrown to an error boundary (a suspense query with no
 * data, or `throwOnError`): the boundary shows it, so the hub must not show it a second time.
 * Reads the options of the query's observers and those it was last fetched with.
 */
export function throwsToBoundary(query: Query<unknown, unknown, unknown, never>, error: unknown) {
  const candidates = [
    ...query.observers.map((observer) => observer.options as ThrowingOptions),
    query.options as ThrowingOptions,
  ]
  return candidates.some(
    ({ suspense, throwOnError }) =>
      (suspense === true && query.state.data === undefined) ||
      (throwOnError !== undefined &&
        shouldThrowError(throwOnError as boolean | ((...args: unknown[]) => boolean), [
          error,
          query,
        ])),
  )
}
