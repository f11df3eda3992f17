import { decodeThrown, isErrorLike } from '../decodeThrown.js'
import { isResponseLike } from './isResponseLike.js'
import type { ThrownRead } from './types.js'

interface ApolloLike {
  name: string
  errors?: unknown
  data?: unknown
  extensions?: unknown
  statusCode?: unknown
  response?: unknown
  bodyText?: unknown
  result?: unknown
  graphQLErrors?: unknown
  protocolErrors?: unknown
  networkError?: unknown
}

/** Apollo Client 4's `ServerError` and `ServerParseError` (3's too, whose parsed body is `result`). */
function readServerError(error: ApolloLike): ThrownRead | undefined {
  if (typeof error.statusCode !== 'number') return undefined
  const response = isResponseLike(error.response) ? error.response : undefined
  return {
    status: error.statusCode,
    headers: response?.headers,
    url: response?.url || undefined,
    body: error.bodyText ?? error.result,
  }
}

const graphqlBody = (errors: unknown, error: ApolloLike): ThrownRead => ({
  body: { errors, data: error.data, extensions: error.extensions },
})

/**
 * Apollo Client's errors, told by name as Apollo's own `is` checks do: 4's
 * `CombinedGraphQLErrors` and `CombinedProtocolErrors` (the GraphQL `errors`), `ServerError` and
 * `ServerParseError` (a failed HTTP response), and 3's `ApolloError`, whose `networkError` (a
 * `ServerError`, or fetch's `TypeError`) goes before its `graphQLErrors`.
 */
export function readApolloError(value: object): ThrownRead | undefined {
  if (!isErrorLike(value)) return undefined
  const error = value as ApolloLike
  switch (error.name) {
    case 'CombinedGraphQLErrors':
    case 'CombinedProtocolErrors':
      return Array.isArray(error.errors) ? graphqlBody(error.errors, error) : undefined
    case 'ServerError':
    case 'ServerParseError':
      return readServerError(error)
  }
  if (!Array.isArray(error.graphQLErrors) || !('networkError' in error)) return undefined
  const network = error.networkError
  if (isErrorLike(network))
    return readServerError(network as ApolloLike) ?? { decoded: decodeThrown(network) }
  const protocol = Array.isArray(error.protocolErrors) ? error.protocolErrors : []
  return graphqlBody(error.graphQLErrors.length > 0 ? error.graphQLErrors : protocol, error)
}
