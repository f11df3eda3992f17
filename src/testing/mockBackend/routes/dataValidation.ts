import type { DataStore } from '../dataStore.js'
import { isEmail } from '../isEmail.js'

type Rule = 'required-string' | 'string' | 'boolean' | 'email'

const schemas: Record<string, Record<string, Rule>> = {
  posts: { title: 'required-string', slug: 'string', body: 'string' },
  todos: { title: 'required-string', done: 'boolean' },
  users: { email: 'email', name: 'string' },
}

/** Fields whose value must be unique within their table. */
export const uniqueFields = ['email', 'slug'] as const

function check(rule: Rule, value: unknown): string | undefined {
  if (rule === 'boolean') return typeof value === 'boolean' ? undefined : 'Must be true or false.'
  if (typeof value !== 'string')
    return rule === 'string' ? 'Must be text.' : 'This value is required.'
  if (rule === 'required-string' && value.trim() === '') return 'This value is required.'
  if (rule === 'email' && !isEmail(value)) {
    return 'Enter a valid email address.'
  }
  return undefined
}

/** Field messages for a record of `table`; `partial` (PATCH) checks only the fields sent. */
export function validateRecord(
  table: string,
  body: Record<string, unknown>,
  partial: boolean,
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [name, rule] of Object.entries(schemas[table] ?? {})) {
    if (partial && !(name in body)) continue
    if (!(name in body) && (rule === 'string' || rule === 'boolean')) continue
    const message = check(rule, body[name])
    if (message) fields[name] = message
  }
  return fields
}

/** The first unique field whose value another record of `table` already has. */
export function findDuplicate(
  data: DataStore,
  table: string,
  record: Record<string, unknown>,
  exceptId?: string,
): string | undefined {
  return uniqueFields.find((field) => {
    const value = record[field]
    if (value === undefined) return false
    return data.list(table).some((row) => row.id !== exceptId && row[field] === value)
  })
}

/** Page and limit of a list request, or the field messages of bad values. */
export function readPaging(url: URL): { page: number; limit: number } | Record<string, string> {
  const read = (name: string, fallback: number) => {
    const raw = url.searchParams.get(name)
    return raw === null ? fallback : Number(raw)
  }
  const page = read('page', 1)
  const limit = read('limit', 20)
  const errors: Record<string, string> = {}
  if (!Number.isInteger(page) || page < 1) errors.page = 'Must be a whole number from 1.'
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    errors.limit = 'Must be a whole number from 1 to 100.'
  }
  return Object.keys(errors).length > 0 ? errors : { page, limit }
}
