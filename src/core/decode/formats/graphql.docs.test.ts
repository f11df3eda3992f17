import type { ErrorKind } from '../../errorKinds.js'
import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'

// Documented bodies, through the whole pipeline. Sources: Apollo Server's "Error handling" page
// (apollographql.com/docs/apollo-server/data/errors: the `__typenam` example and the built-in
// codes; PERSISTED_QUERY_NOT_FOUND is sent with HTTP 200 by `getPersistedQueryErrorHttp` in
// @apollo/server's internalErrorClasses.ts) and Hasura's "API error codes" and JWT pages
// (hasura.io/docs: `invalid-jwt` "Could not verify JWT: JWTExpired", `access-denied`,
// `validation-failed`, `constraint-violation`).
describe('graphqlDecoder with documented bodies', () => {
  const apolloValidation = {
    errors: [
      {
        message: 'Cannot query field "__typenam" on type "Query".',
        locations: [{ line: 1, column: 2 }],
        extensions: {
          code: 'GRAPHQL_VALIDATION_FAILED',
          exception: {
            stacktrace: ['GraphQLError: Cannot query field "__typenam" on type "Query".'],
          },
        },
      },
    ],
  }
  const hasura = (code: string, message: string, path = '$') => ({
    errors: [{ extensions: { path, code }, message }],
  })

  it.each([
    // A query the schema rejects is the app's bug: nothing the user typed is invalid.
    ['Apollo GRAPHQL_VALIDATION_FAILED at 200', apolloValidation, 200, 0, 'unknown', 'system'],
    // Apollo Server 4 sends 400: the status decides the kind, as for any format.
    ['Apollo GRAPHQL_VALIDATION_FAILED at 400', apolloValidation, 400, 400, 'validation', 'user'],
    [
      'Apollo PERSISTED_QUERY_NOT_FOUND at 200',
      {
        errors: [
          { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
        ],
      },
      200,
      0,
      'unknown',
      'system',
    ],
    [
      'Apollo UNAUTHENTICATED at 200',
      {
        errors: [
          {
            message: 'You must be logged in',
            path: ['me'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
        data: { me: null },
      },
      200,
      401,
      'auth',
      'user',
    ],
    [
      'Apollo FORBIDDEN at 200',
      {
        errors: [{ message: 'Not allowed', path: ['me'], extensions: { code: 'FORBIDDEN' } }],
        data: null,
      },
      200,
      403,
      'permission',
      'codebase',
    ],
    [
      'Apollo INTERNAL_SERVER_ERROR at 200',
      {
        errors: [{ message: 'Boom', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        data: null,
      },
      200,
      500,
      'server',
      'system',
    ],
    // Hasura answers 200 to every GraphQL error; its codes are kebab-case.
    [
      'Hasura invalid-jwt',
      hasura('invalid-jwt', 'Could not verify JWT: JWTExpired'),
      200,
      401,
      'auth',
      'user',
    ],
    [
      'Hasura access-denied',
      hasura('access-denied', 'permission denied', '$.selectionSet.users'),
      200,
      403,
      'permission',
      'codebase',
    ],
    // Hasura sends it for unique, foreign-key, check and not-null violations alike: no one kind.
    [
      'Hasura constraint-violation',
      hasura(
        'constraint-violation',
        'Uniqueness violation. duplicate key value violates unique constraint "users_email_key"',
        '$.selectionSet.insert_users_one.args.object',
      ),
      200,
      0,
      'unknown',
      'system',
    ],
    [
      'Hasura validation-failed',
      hasura(
        'validation-failed',
        "field 'foo' not found in type: 'users'",
        '$.selectionSet.users.selectionSet.foo',
      ),
      200,
      0,
      'unknown',
      'system',
    ],
  ])('%s', (_, body, status, wantStatus, kind, type) => {
    const error = decodeError(body, { status })
    expect(error).toMatchObject({ format: 'graphql', status: wantStatus, kind, type })
    expect(error.userMessage).toBe(defaultKindMessages[kind as ErrorKind])
  })
})
