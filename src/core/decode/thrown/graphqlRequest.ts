import { isRecord } from '../../utils/isRecord.js'
import { isErrorLike } from '../decodeThrown.js'
import type { HeadersLike } from '../types.js'
import type { ThrownRead } from './types.js'

/**
 * graphql-request's `ClientError`: `response` holds the HTTP status and headers with the GraphQL
 * result (`errors`, `data`, `extensions`), or the raw `body` text when it was no JSON; `request`
 * holds the query that was sent.
 */
export function readGraphqlRequestError(value: object): ThrownRead | undefined {
  if (!isErrorLike(value)) return undefined
  const { response, request } = value as { response?: unknown; request?: unknown }
  if (!isRecord(response) || typeof response.status !== 'number') return undefined
  if (!isRecord(request) || !('query' in request)) return undefined
  const { status, headers, errors, data, extensions, body } = response
  return {
    status,
    headers: isRecord(headers) ? (headers as HeadersLike) : undefined,
    body: errors === undefined && data === undefined ? body : { errors, data, extensions },
  }
}
