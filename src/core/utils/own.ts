/** The value `record` holds under `key` as its own member; never one inherited from a prototype. */
export const own = <T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string | undefined,
): T | undefined =>
  record && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
