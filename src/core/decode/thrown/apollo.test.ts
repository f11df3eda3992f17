import { decodeError } from '../decodeError.js'
import { serveOnLoopback } from '../../../../test/support/loopbackBackend.js'

// Apollo Client is not a dev dependency: these build its errors as its classes do (4.x's
// CombinedGraphQLErrors, ServerError, ServerParseError; 3.x's ApolloError), with real responses.
class ServerError extends Error {
  override name = 'ServerError'
  readonly statusCode: number
  constructor(
    message: string,
    readonly response: Response,
    readonly bodyText: string,
  ) {
    super(message)
    this.statusCode = response.status
  }
}

class CombinedGraphQLErrors extends Error {
  override name = 'CombinedGraphQLErrors'
  constructor(
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[],
    readonly data?: unknown,
  ) {
    super(`The GraphQL server returned with errors:\n- ${errors[0]?.message}`)
  }
}

class ApolloError extends Error {
  constructor(
    readonly graphQLErrors: readonly unknown[],
    readonly networkError: Error | null,
  ) {
    super('Apollo error')
  }
}

const backend = serveOnLoopback()

async function serverError() {
  backend().control.setRateLimit('data', { limit: 0, windowMs: 5_000 })
  const response = await fetch(`${backend().url}/v1/data/posts`, {
    headers: { 'x-api-key': 'pk_test_demo' },
  })
  return new ServerError('Response not successful', response, await response.text())
}

describe("decodeError: Apollo Client's errors", () => {
  it('reads a 4.x ServerError: status, body text, Retry-After and request id', async () => {
    const error = decodeError(await serverError())
    expect(error).toMatchObject({
      status: 429,
      code: 'data/rate-limit-exceeded',
      format: 'bkend',
      retryAfterMs: 5_000,
      requestId: expect.stringMatching(/\S/),
    })
  })

  it('reads 4.x CombinedGraphQLErrors as the GraphQL errors they hold', () => {
    const thrown = new CombinedGraphQLErrors([
      { message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } },
    ])
    expect(decodeError(thrown)).toMatchObject({
      status: 401,
      kind: 'auth',
      code: 'graphql/unauthenticated',
      format: 'graphql',
    })
  })

  it("reads 3.x's ApolloError: its network error first, then its GraphQL errors", async () => {
    const fromServer = decodeError(new ApolloError([], await serverError()))
    expect(fromServer).toMatchObject({ status: 429, retryAfterMs: 5_000 })
    const offline = decodeError(new ApolloError([], new TypeError('Failed to fetch')))
    expect(offline).toMatchObject({ kind: 'network', code: 'network/failed' })
    const forbidden = decodeError(
      new ApolloError([{ message: 'No', extensions: { code: 'FORBIDDEN' } }], null),
    )
    expect(forbidden).toMatchObject({ kind: 'permission', format: 'graphql' })
  })
})
