import { isRecord } from '../utils/isRecord.js'
import type { FieldCollector } from './fieldPaths.js'

/**
 * Adds the members of an errors map (`{ email: ['...'] }`, at most 200) to `collector`: each key
 * is a field path, its value the messages. Not an object: nothing is added.
 */
export function addMembers(
  collector: FieldCollector,
  map: unknown,
  toPath: (key: string) => string = (key) => key,
): void {
  if (isRecord(map))
    for (const key of Object.keys(map).slice(0, 200)) collector.add(toPath(key), map[key])
}
