/**
 * Maps a server's snake_case field path to camelCase, segment by segment:
 * `user_name.first_name` becomes `userName.firstName`; array indexes and leading underscores
 * (`_id`) are kept. Pass it as `mapPath` when the server speaks snake_case and the form does not.
 *
 * @example
 * applyServerErrors(form, error, { mapPath: snakeToCamel })
 */
export function snakeToCamel(path: string): string {
  return path
    .split('.')
    .map((segment) =>
      segment.replace(/(?<=[^_])_+([a-z0-9])/gi, (_, next: string) => next.toUpperCase()),
    )
    .join('.')
}
