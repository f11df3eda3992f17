import { authenticate } from '../authenticate.js'
import { readJsonObject, type MockContext } from '../context.js'
import { fail, noContent, ok } from '../respond.js'
import type { RouteDef } from '../router.js'
import { findDuplicate, readPaging, validateRecord } from './dataValidation.js'

/** Auth, then the table's existence, then its permissions: the order bkend checks them in. */
function openTable(ctx: MockContext): string | Response {
  const auth = authenticate(ctx)
  if (auth instanceof Response) return auth
  const table = ctx.params.table as string
  if (!ctx.state.data.has(table)) {
    const message = `Table "${table}" does not exist. Table names are case-sensitive.`
    return fail(ctx, { status: 404, code: 'data/table-not-found', message })
  }
  if (ctx.state.options.forbiddenTables.includes(table)) {
    const message = `You do not have permission to access "${table}".`
    return fail(ctx, { status: 403, code: 'data/permission-denied', message })
  }
  return table
}

function invalid(ctx: MockContext, fields: Record<string, string>): Response {
  const summary = Object.entries(fields).map(([name, text]) => `${name}: ${text}`)
  const message = `Validation failed. ${summary.join(' ')}`.trim()
  return fail(ctx, { status: 400, code: 'data/validation-error', message, fields })
}

function notFound(ctx: MockContext, table: string): Response {
  const message = `No record "${ctx.params.id}" in "${table}".`
  return fail(ctx, { status: 404, code: 'data/not-found', message })
}

function list(ctx: MockContext): Response {
  const table = openTable(ctx)
  if (table instanceof Response) return table
  const paging = readPaging(ctx.url)
  if (!('page' in paging)) return invalid(ctx, paging as Record<string, string>)
  const { page, limit } = paging as { page: number; limit: number }
  const rows = ctx.state.data.list(table)
  const items = rows.slice((page - 1) * limit, page * limit)
  return ok({ items, total: rows.length, page, limit })
}

function get(ctx: MockContext): Response {
  const table = openTable(ctx)
  if (table instanceof Response) return table
  const record = ctx.state.data.get(table, ctx.params.id as string)
  return record ? ok(record) : notFound(ctx, table)
}

async function write(ctx: MockContext): Promise<Response> {
  const table = openTable(ctx)
  if (table instanceof Response) return table
  const id = ctx.params.id
  if (id !== undefined && !ctx.state.data.get(table, id)) return notFound(ctx, table)
  const body = await readJsonObject(ctx)
  if (!body)
    return invalid(ctx, { body: 'Send a JSON object with Content-Type: application/json.' })
  delete body.id
  const fields = validateRecord(table, body, ctx.method === 'PATCH')
  if (Object.keys(fields).length > 0) return invalid(ctx, fields)
  const duplicate = findDuplicate(ctx.state.data, table, body, id)
  if (duplicate) {
    const message = `The ${duplicate} "${String(body[duplicate])}" is already taken.`
    const fields = { [duplicate]: message }
    return fail(ctx, { status: 409, code: 'data/duplicate-value', message, fields })
  }
  const effects = ctx.state.recorder.counters.sideEffects
  if (id === undefined) {
    effects.created += 1
    return ok(ctx.state.data.insert(table, body), 201)
  }
  effects.updated += 1
  return ok(ctx.state.data.update(table, id, body, ctx.method === 'PATCH'))
}

function remove(ctx: MockContext): Response {
  const table = openTable(ctx)
  if (table instanceof Response) return table
  if (!ctx.state.data.remove(table, ctx.params.id as string)) return notFound(ctx, table)
  ctx.state.recorder.counters.sideEffects.deleted += 1
  return noContent()
}

/** The `/v1/data/:table` resource: list, get, create, update, delete. */
export const dataRoutes: readonly RouteDef[] = [
  { method: 'GET', pattern: '/v1/data/:table', handler: list },
  { method: 'POST', pattern: '/v1/data/:table', handler: write },
  { method: 'GET', pattern: '/v1/data/:table/:id', handler: get },
  { method: 'PATCH', pattern: '/v1/data/:table/:id', handler: write },
  { method: 'PUT', pattern: '/v1/data/:table/:id', handler: write },
  { method: 'DELETE', pattern: '/v1/data/:table/:id', handler: remove },
]
