/** How server field names become form field names. */
export interface PathMappingOptions {
  /**
   * Server path to form path, matched exactly on the normalised dotted path
   * (`{ 'user.email_address': 'email' }`). It wins over `mapPath`.
   * @default {}
   */
  rename?: Readonly<Record<string, string>> | undefined
  /**
   * Maps a server path that `rename` does not list to a form path. Return `undefined` to keep
   * the server path unchanged. `snakeToCamel` is a ready one.
   * @default undefined (paths are used as the server sent them)
   */
  mapPath?: ((serverPath: string) => string | undefined) | undefined
}

/** The form path a server path lands on: `rename` first, then `mapPath`, else unchanged. */
export function mapServerPath(serverPath: string, options: PathMappingOptions): string {
  const { rename, mapPath } = options
  if (rename && Object.hasOwn(rename, serverPath)) return rename[serverPath]!
  return mapPath?.(serverPath) ?? serverPath
}
