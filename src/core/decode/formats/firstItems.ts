/** The most items of a list a decoder reads: a hostile body cannot make decoding slow. */
export const MAX_ITEMS = 200

/**
 * The first {@link MAX_ITEMS} items of `list`: the list itself when it is short enough, which
 * is almost always, so the common case copies nothing.
 */
export const firstItems = <T>(list: readonly T[]): readonly T[] =>
  list.length > MAX_ITEMS ? list.slice(0, MAX_ITEMS) : list
