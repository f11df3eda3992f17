import { ApiError } from '../ApiError.js'
import type { ErrorKind } from '../errorKinds.js'
import { resolveUserMessage } from '../messages/messageCatalog.js'

/**
 * An {@link ApiError} of the client's own (a body that cannot be replayed, a success response
 * that is not valid JSON): `format` is `client`, the message says what to do.
 */
export function clientError(
  code: string,
  kind: ErrorKind,
  message: string,
  context: {
    status?: number
    method?: string | undefined
    url?: string | undefined
    cause?: unknown
  },
): ApiError {
  const status = context.status ?? 0
  return new ApiError({
    status,
    code,
    kind,
    type: 'codebase',
    message,
    userMessage: resolveUserMessage({
      code,
      domain: code.split('/')[0]!,
      kind,
      type: 'codebase',
      status,
      serverUserMessage: undefined,
    }),
    requestMethod: context.method,
    url: context.url,
    format: 'client',
    cause: context.cause,
  })
}
