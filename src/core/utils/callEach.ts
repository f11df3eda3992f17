/**
 * Calls each of `listeners` (skipping those left out) with `value`, in order, from a copy: what
 * one throws is reported as an unhandled rejection and stops none of the others.
 */
export function callEach<T>(listeners: Iterable<((value: T) => void) | undefined>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener?.(value)
    } catch (thrown) {
      void Promise.reject(thrown)
    }
  }
}
