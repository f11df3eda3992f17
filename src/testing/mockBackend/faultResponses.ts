import type { MockContext } from './context.js'
import { defaultCode } from './defaultCode.js'
import { fail } from './respond.js'
import { sleep } from './sleep.js'
import type { MockFault } from './types.js'

const badGatewayPage = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
`

let hugeBody: string | undefined
/** About 5 MB of valid JSON, built once. */
function getHugeBody(): string {
  const item = (id: number) => `{"id":${id},"title":"Item ${id}","body":"${'x'.repeat(64)}"}`
  hugeBody ??= `{"success":true,"data":{"items":[${Array.from({ length: 50_000 }, (_, id) => item(id)).join(',')}]}}`
  return hugeBody
}

function statusResponse(ctx: MockContext, fault: MockFault): Response {
  const status = fault.status ?? 500
  if (fault.body === undefined) {
    const code = fault.code ?? defaultCode(status, ctx.group)
    return fail(ctx, { status, code, message: `Mock fault: HTTP ${status}.` })
  }
  const isText = typeof fault.body === 'string'
  const body = isText ? (fault.body as string) : JSON.stringify(fault.body)
  const type = isText ? 'text/plain; charset=utf-8' : 'application/json'
  return new Response(body, { status, headers: { 'content-type': type } })
}

function faultResponse(ctx: MockContext, fault: MockFault, next: () => Promise<Response>) {
  const json = { 'content-type': 'application/json' }
  switch (fault.type) {
    case 'slow':
      return next()
    case 'drop':
      return Response.error()
    case 'html502':
      return new Response(badGatewayPage, {
        status: 502,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      })
    case 'empty503':
      return new Response(null, { status: 503 })
    case 'invalid-json':
      return new Response('{"success":true,"data":{"items":[{"id":1,"ti', {
        status: fault.status ?? 200,
        headers: json,
      })
    case 'huge':
      return new Response(getHugeBody(), { status: 200, headers: json })
    case 'status':
      return statusResponse(ctx, fault)
    default:
      return fault.type satisfies never
  }
}

/**
 * Answers a request the way `fault` says; `next` produces the normal answer (for `slow`).
 * The wait stops with an `AbortError` when the request's signal aborts.
 */
export async function applyFault(
  ctx: MockContext,
  fault: MockFault,
  next: () => Promise<Response>,
): Promise<Response> {
  const delayMs = fault.delayMs ?? (fault.type === 'slow' ? 2000 : 0)
  const late = fault.type === 'slow' && fault.late === true
  if (delayMs > 0 && !late) await sleep(delayMs, ctx.request.signal)
  const response = await faultResponse(ctx, fault, next)
  if (delayMs > 0 && late) await sleep(delayMs, ctx.request.signal)
  if (response.type === 'error') return response
  for (const [name, value] of Object.entries(fault.headers ?? {})) response.headers.set(name, value)
  if (fault.cooldownMs !== undefined) {
    ctx.state.recorder.announceCooldown(ctx.group, ctx.state.options.now() + fault.cooldownMs)
  }
  return response
}
