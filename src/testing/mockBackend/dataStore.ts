import type { ResolvedMockBackendOptions } from './types.js'

/** A record of a `/v1/data` table. */
export type DataRecord = Record<string, unknown> & { id: string }

/** The tables of `/v1/data/:table`, in memory. */
export type DataStore = ReturnType<typeof createDataStore>

/** Creates the tables of one mock backend, filled with `options.seed`. */
export function createDataStore(options: ResolvedMockBackendOptions) {
  const tables = new Map<string, Map<string, DataRecord>>()
  let nextId = 1

  const reset = () => {
    tables.clear()
    nextId = 1
    for (const name of options.tables) {
      const rows = (options.seed[name] ?? []).map((row, index): DataRecord => {
        const id = typeof row.id === 'string' ? row.id : `${name}_${index + 1}`
        return { ...row, id }
      })
      tables.set(name, new Map(rows.map((row) => [row.id, row])))
    }
  }
  reset()

  const table = (name: string) => tables.get(name) ?? new Map<string, DataRecord>()

  return {
    reset,
    has: (name: string) => tables.has(name),
    list: (name: string) => [...table(name).values()],
    get: (name: string, id: string) => table(name).get(id),
    /** Stores a new record with a fresh id and timestamps. */
    insert(name: string, fields: Record<string, unknown>): DataRecord {
      const stamp = new Date(options.now()).toISOString()
      const record: DataRecord = {
        ...fields,
        id: `${name}_new_${nextId++}`,
        createdAt: stamp,
        updatedAt: stamp,
      }
      table(name).set(record.id, record)
      return record
    },
    /** Replaces the fields of a record (keeping its id); `undefined` when there is none. */
    update(name: string, id: string, fields: Record<string, unknown>, merge: boolean) {
      const current = table(name).get(id)
      if (!current) return undefined
      const base = merge ? current : { createdAt: current.createdAt }
      const updatedAt = new Date(options.now()).toISOString()
      const record: DataRecord = { ...base, ...fields, id, updatedAt }
      table(name).set(id, record)
      return record
    },
    remove: (name: string, id: string) => table(name).delete(id),
  }
}
