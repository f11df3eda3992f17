import { shouldThrowError, type Mutation } from '@tanstack/react-query'

/**
 * True when a failed mutation's error is thrown to an error boundary (`throwOnError` of its
 * `useMutation`): the boundary shows it, so the hub must not show it a second time.
 */
export function mutationThrowsToBoundary(
  mutation: Mutation<unknown, unknown, unknown, unknown>,
  error: unknown,
): boolean {
  // The observer's options, `throwOnError` included, are what the mutation runs with.
  const { throwOnError } = mutation.options as { throwOnError?: unknown }
  return (
    throwOnError !== undefined &&
    shouldThrowError(throwOnError as boolean | ((...args: unknown[]) => boolean), [error])
  )
}
