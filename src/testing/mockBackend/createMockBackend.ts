import { checkApiKey } from './apiKeys.js'
import { checkOptions } from './checkOptions.js'
import { readBearer } from './authenticate.js'
import type { BackendState, MockContext } from './context.js'
import { createControl, type MockControl } from './control.js'
import { addCorsHeaders, preflight } from './cors.js'
import { createDataStore } from './dataStore.js'
import { applyFault } from './faultResponses.js'
import { createFaultQueue, parseFaultHeader } from './faults.js'
import { withIdempotency } from './idempotency.js'
import { createRateLimiter } from './rateLimiter.js'
import { fail } from './respond.js'
import { matchRoute, type RouteDef } from './router.js'
import { authRoutes } from './routes/auth.js'
import { dataRoutes } from './routes/data.js'
import { defaultSeed } from './seedData.js'
import { createSessionStore } from './sessions.js'
import { createStatsRecorder, type MockStats } from './stats.js'
import type { MockBackendOptions, ResolvedMockBackendOptions } from './types.js'

/** A mock backend: one request handler, its control and its counters. */
export interface MockBackend {
  /** Answers one request, as bkend or Backstack would; a dropped connection is `Response.error()`. */
  handle(request: Request): Promise<Response>
  /** Faults, rate limits, modes and sessions. */
  readonly control: MockControl
  /** Counters for assertions. */
  readonly stats: MockStats
  /** The options with every default filled in. */
  readonly options: ResolvedMockBackendOptions
}

const routes: readonly RouteDef[] = [...authRoutes, ...dataRoutes]

const noStorage = { getItem: () => null, setItem: () => {} }

function resolveOptions(options: MockBackendOptions): ResolvedMockBackendOptions {
  return {
    mode: options.mode ?? 'bkend',
    users: options.users ?? [{ email: 'demo@example.com', password: 'password123' }],
    accessTokenTtlMs: options.accessTokenTtlMs ?? 3_600_000,
    refreshTokenTtlMs: options.refreshTokenTtlMs ?? 2_592_000_000,
    tables: options.tables ?? ['posts', 'todos', 'users', 'secrets'],
    forbiddenTables: options.forbiddenTables ?? ['secrets'],
    seed: options.seed ?? defaultSeed,
    apiKeys: options.apiKeys ?? ['pk_test_demo'],
    requireApiKey: options.requireApiKey ?? true,
    rateLimits: options.rateLimits ?? {},
    now: options.now ?? Date.now,
    problemTypeBase: options.problemTypeBase ?? 'https://example.com/problems/',
    storage: options.storage ?? noStorage,
    storageKey: options.storageKey ?? 'api-error-kit.mock-sessions',
  }
}

function rateLimited(ctx: MockContext, retryAfterMs: number): Response {
  const seconds = Math.ceil(retryAfterMs / 1000)
  ctx.state.recorder.announceCooldown(ctx.group, ctx.now + seconds * 1000)
  const code = ctx.group === 'auth' ? 'auth/too-many-requests' : 'data/rate-limit-exceeded'
  const message = `Too many requests. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`
  const response = fail(ctx, { status: 429, code, message })
  response.headers.set('retry-after', String(seconds))
  return response
}

/** API key, rate limit, idempotency, then the route: what a request meets past the faults. */
async function serve(ctx: MockContext, route: RouteDef | undefined): Promise<Response> {
  const keyFailure = checkApiKey(ctx)
  if (keyFailure) return keyFailure
  ctx.rateLimit = ctx.state.limiter.hit(ctx.apiKey ?? 'anonymous', ctx.group, ctx.now)
  if (ctx.rateLimit?.retryAfterMs !== undefined) return rateLimited(ctx, ctx.rateLimit.retryAfterMs)
  if (!route) {
    const message = `No route ${ctx.method} ${ctx.path}.`
    return fail(ctx, { status: 404, code: 'common/not-found', message })
  }
  const idempotencyKey = ctx.request.headers.get('idempotency-key')
  if (ctx.method === 'POST' && idempotencyKey) {
    return withIdempotency(ctx, idempotencyKey, async () => route.handler(ctx))
  }
  return route.handler(ctx)
}

/** The headers every answer carries: request id, CORS, date and the rate-limit window. */
function finish(ctx: MockContext, response: Response): Response {
  if (response.type === 'error') return response
  const headers = response.headers
  headers.set('x-request-id', ctx.requestId)
  addCorsHeaders(headers)
  if (!headers.has('date')) headers.set('date', new Date(ctx.state.options.now()).toUTCString())
  if (ctx.rateLimit) {
    headers.set('x-ratelimit-limit', String(ctx.rateLimit.limit))
    headers.set('x-ratelimit-remaining', String(ctx.rateLimit.remaining))
    headers.set('x-ratelimit-reset', String(Math.ceil(ctx.rateLimit.resetAt / 1000)))
  }
  return response
}

/**
 * Creates a mock backend that answers like bkend (or Backstack, or RFC 9457 problem details)
 * from web-standard `Request`/`Response` only, so it runs in Node and in the browser alike.
 * Serve it over HTTP with `startMockBackend`, or with MSW through `createMockHandlers` (from
 * `api-error-kit/testing/msw`).
 *
 * @example
 * const backend = createMockBackend({ rateLimits: { data: { limit: 5, windowMs: 60_000 } } })
 * const response = await backend.handle(new Request('http://mock.test/v1/data/posts'))
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const resolved = resolveOptions(options)
  checkOptions(resolved)
  const recorder = createStatsRecorder()
  const state: BackendState = {
    options: resolved,
    mode: resolved.mode,
    sessions: createSessionStore(resolved),
    data: createDataStore(resolved),
    limiter: createRateLimiter(resolved.rateLimits),
    faults: createFaultQueue(),
    idempotency: new Map(),
    recorder,
    refreshFailures: [],
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const match = matchRoute(routes, method, url.pathname)
    const ctx: MockContext = {
      request,
      url,
      method,
      path: url.pathname,
      group: url.pathname.split('/')[2] ?? '',
      params: match?.params ?? {},
      requestId: `req_${crypto.randomUUID()}`,
      now: resolved.now(),
      state,
      apiKey: request.headers.get('x-api-key') ?? undefined,
    }
    const { counters, bump } = recorder
    counters.requests += 1
    bump(counters.requestsByRoute, `${method} ${match?.route.pattern ?? url.pathname}`)
    if (method === 'OPTIONS') return finish(ctx, preflight())
    const token = readBearer(request)
    if (token) bump(counters.requestsByAccessToken, token)
    recorder.noteScopeRequest(ctx.group, ctx.now)
    const fault =
      parseFaultHeader(request.headers.get('x-mock-fault')) ??
      state.faults.take(method, url.pathname)
    if (fault && 'problem' in fault) {
      const failure = { status: 400, code: 'common/invalid-parameters', message: fault.problem }
      return finish(ctx, fail(ctx, failure))
    }
    const next = () => serve(ctx, match?.route)
    return finish(ctx, await (fault ? applyFault(ctx, fault, next) : next()))
  }

  return { handle, control: createControl(state), stats: recorder.stats, options: resolved }
}
