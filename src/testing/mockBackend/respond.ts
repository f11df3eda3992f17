import type { MockContext } from './context.js'

/** Who can fix an error, in Backstack's words. */
export type FailureType = 'user' | 'codebase' | 'system'

/** One error answer, independent of the envelope the mode wraps it in. */
export interface Failure {
  status: number
  /** The bkend code, `domain/name`. */
  code: string
  /** What went wrong, for the user when `type` is `user`. */
  message: string
  /** Field messages keyed by dotted paths (`email`, `address.city`); bkend's envelope drops them. */
  fields?: Record<string, string>
  /** @default inferred from the status and code */
  type?: FailureType
}

/** Backstack's text for every error the user cannot fix. */
export const genericMessage = 'An error occurred. Please try again later.'

const userCodes = new Set([
  'data/validation-error',
  'data/duplicate-value',
  'auth/invalid-email-format',
  'auth/invalid-password-format',
  'auth/email-already-exists',
  'auth/invalid-credentials',
])

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

/** The Nest-style name of a bkend code: `data/validation-error` -> `VALIDATION_ERROR`. */
function nestName(code: string): string {
  return (code.split('/').pop() ?? code).replace(/-/g, '_').toUpperCase()
}

function inferType(failure: Failure): FailureType {
  if (failure.type) return failure.type
  if (failure.status >= 500) return 'system'
  return userCodes.has(failure.code) ? 'user' : 'codebase'
}

/** A JSON answer with the given status and content type. */
export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } })
}

/** A success answer in bkend's `{ success: true, data }` envelope (used in every mode). */
export function ok(data: unknown, status = 200): Response {
  return json({ success: true, data }, status)
}

/** An empty 204 answer. */
export function noContent(): Response {
  return new Response(null, { status: 204 })
}

/** An error answer in the envelope of the backend's current mode. */
export function fail(ctx: MockContext, failure: Failure): Response {
  const { status, code, message } = failure
  const fields = failure.fields ?? {}
  const type = inferType(failure)
  const requestMethod = ctx.method.toLowerCase()
  const devMessage = `${code}: ${message}`
  const safeMessage = type === 'user' ? message : genericMessage
  const mode = ctx.state.mode
  switch (mode) {
    case 'bkend':
      return json({ success: false, error: { code, message } }, status)
    case 'bkend-nest':
      return json({ statusCode: status, error: nestName(code), message }, status)
    case 'backstack':
      return json(
        {
          error: {
            request_method: requestMethod,
            type,
            code: status,
            message: safeMessage,
            fields,
            dev_message: devMessage,
          },
        },
        status,
      )
    case 'backstack-payload':
      return json(
        {
          success: false,
          message: safeMessage,
          payload: {
            app_id: 'app_mock',
            request_method: requestMethod,
            type,
            code: status,
            fields,
            dev_message: devMessage,
          },
        },
        status,
      )
    case 'problem': {
      const errors = Object.entries(fields).map(([path, detail]) => ({
        detail,
        pointer: `#/${path.split('.').join('/')}`,
      }))
      const problem = {
        type: ctx.state.options.problemTypeBase + code,
        title: titles[status] ?? 'Error',
        status,
        detail: message,
        instance: ctx.path,
        code,
        ...(errors.length > 0 ? { errors } : {}),
      }
      return json(problem, status, 'application/problem+json')
    }
    default:
      return mode satisfies never
  }
}
