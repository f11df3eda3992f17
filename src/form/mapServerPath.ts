import { normalizeFieldPath } from '../core/decode/fieldPaths.js'
import type { FieldPath, FieldValues } from 'react-hook-form'

/** How server field names become form field names; the form's names are typed by its values. */
export interface PathMappingOptions<TFieldValues extends FieldValues = FieldValues> {
  /**
   * Server path to form path, matched exactly on the normalised dotted path
   * (`{ 'user.email_address': 'email' }`). It wins over `mapPath`. The values are the
   * form's field names: a misspelt one does not compile.
   * @default {}
   */
  rename?: Readonly<Record<string, FieldPath<TFieldValues>>> | undefined
  /**
   * Maps a server path that `rename` does not list to a form path. Return `undefined` to keep
   * the server path unchanged. `snakeToCamel` is a ready one.
   * @default undefined (paths are used as the server sent them)
   */
  mapPath?: ((serverPath: string) => string | undefined) | undefined
}

/**
 * The form path a server path lands on: `rename` first, then `mapPath`, else unchanged. Both
 * the server's path and the result are made dotted (`items[1].price` is `items.1.price`), so
 * two spellings of one field are one field; `undefined` when nothing usable is left (an empty
 * path, a `__proto__` segment).
 */
export function mapServerPath(serverPath: string, options: PathMappingOptions): string | undefined {
  const { rename, mapPath } = options
  const path = normalizeFieldPath(serverPath)
  if (path === undefined) return undefined
  const mapped: string =
    rename && Object.hasOwn(rename, path) ? rename[path]! : (mapPath?.(path) ?? path)
  return normalizeFieldPath(mapped)
}
