import { bkendCodeDescriptions, type BkendCode } from '../core/codes/bkendCodeTable.js'
import { inferStatus } from '../core/decode/inferStatus.js'

/**
 * Realistic error bodies of every format `decodeError` knows, as their documentation shows them.
 * For your unit tests: feed one to `decodeError` (with the status it would come with), to a mock
 * handler, or to the component under test.
 *
 * `fastApiDetail` and `djangoDetail` have the same shape; `decodeError` names both `django`.
 *
 * @example
 * const error = decodeError(errorBodies.laravel, { status: 422 })
 * expect(error.fields['users.0.email']).toEqual(['The users.0.email field is required.'])
 */
export const errorBodies = {
  /** bkend's envelope (401). */
  bkend: {
    success: false,
    error: { code: 'auth/invalid-credentials', message: 'Invalid email or password' },
  },
  /** The Nest-style answer of some bkend endpoints (400). */
  bkendNest: {
    statusCode: 400,
    error: 'VALIDATION_ERROR',
    message: 'Required parameter is missing',
  },
  /** Backstack's error object (400, a `user` error). */
  backstack: {
    error: {
      request_method: 'post',
      type: 'user',
      code: 400,
      message: 'Required values are missing.',
      fields: { username: 'This value is required.', password: 'This value is required.' },
      dev_message: 'Unknown resource.',
    },
  },
  /** Backstack's newer envelope (400, a `user` error). */
  backstackPayload: {
    success: false,
    message: 'Required values are missing.',
    payload: {
      app_id: 'app_1234567890',
      request_method: 'post',
      type: 'user',
      code: 400,
      fields: { username: 'This value is required.', password: 'This value is required.' },
      dev_message: '',
    },
  },
  /** RFC 9457 problem details (403), served as `application/problem+json`. */
  problemDetails: {
    type: 'https://example.com/probs/out-of-credit',
    title: 'You do not have enough credit.',
    status: 403,
    detail: 'Your current balance is 30, but that costs 50.',
    instance: '/account/12345/msgs/abc',
    balance: 30,
    accounts: ['/account/12345', '/account/67890'],
  },
  /** RFC 9457's validation example (422). */
  problemDetailsValidation: {
    type: 'https://example.net/validation-error',
    title: 'Your request is not valid.',
    status: 422,
    errors: [
      { detail: 'must be a positive integer', pointer: '#/age' },
      { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
    ],
  },
  /** JSON:API's error example (422). */
  jsonApi: {
    errors: [
      {
        status: '422',
        source: { pointer: '/data/attributes/firstName' },
        title: 'Invalid Attribute',
        detail: 'First name must contain at least two characters.',
      },
    ],
  },
  /** A GraphQL response with an error (HTTP 200). */
  graphql: {
    errors: [
      {
        message: 'You must be signed in to view your orders.',
        locations: [{ line: 2, column: 3 }],
        path: ['orders'],
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ],
    data: { orders: null },
  },
  /** Django REST framework serializer errors, nested ones included (400). */
  django: {
    email: ['Enter a valid email address.'],
    items: [{}, { price: ['Ensure this value is greater than or equal to 0.'] }],
    non_field_errors: ['The fields start_date and end_date must make a unique set.'],
  },
  /** Django REST framework's `detail` answer (401). */
  djangoDetail: { detail: 'Authentication credentials were not provided.' },
  /** Laravel's validation answer (422). */
  laravel: {
    message: 'The team name must be a string. (and 3 more errors)',
    errors: {
      team_name: [
        'The team name must be a string.',
        'The team name must be at least 1 characters.',
      ],
      'authorization.role': ['The selected authorization.role is invalid.'],
      'users.0.email': ['The users.0.email field is required.'],
    },
  },
  /** FastAPI's request validation answer (422). */
  fastApi: {
    detail: [
      { type: 'missing', loc: ['body', 'items', 0, 'name'], msg: 'Field required', input: {} },
      {
        type: 'int_parsing',
        loc: ['query', 'limit'],
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        input: 'ten',
      },
    ],
  },
  /** FastAPI's `HTTPException` answer (404). */
  fastApiDetail: { detail: 'Item not found' },
  /** Stripe's card error (402). */
  stripe: {
    error: {
      code: 'card_declined',
      decline_code: 'generic_decline',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      message: 'Your card was declined.',
      request_log_url: 'https://dashboard.stripe.com/test/logs/req_1234567890',
      type: 'card_error',
    },
  },
  /** OpenAI's error (401), Stripe's shape. */
  openAi: {
    error: {
      message:
        'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    },
  },
  /** PostgREST / Supabase unique violation (409). */
  postgrest: {
    code: '23505',
    details: 'Key (email)=(ada@example.com) already exists.',
    hint: null,
    message: 'duplicate key value violates unique constraint "users_email_key"',
  },
  /** Firebase Auth REST API (400). */
  firebase: {
    error: {
      code: 400,
      message: 'EMAIL_EXISTS',
      errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
    },
  },
  /** A body of no known format with a message, as Express or Spring apps send (500). */
  generic: { status: 500, error: 'Internal Server Error', message: 'Something went wrong' },
} as const

/** The name of a body in {@link errorBodies}. */
export type ErrorBodyName = keyof typeof errorBodies

/** bkend's error envelope for one code. */
export interface BkendErrorBody<C extends BkendCode = BkendCode> {
  readonly success: false
  readonly error: { readonly code: C; readonly message: string }
}

const bkend = <C extends BkendCode>(
  status: number,
  code: C,
  message: string,
): { status: number; body: BkendErrorBody<C> } => ({
  status,
  body: { success: false, error: { code, message } },
})

/** The troubleshooting page's wording, and messages written to match where it gives none. */
const troubleshootingBodies = {
  'data/validation-error': bkend(
    400,
    'data/validation-error',
    'Schema validation failed (missing required fields, incorrect types)',
  ),
  'auth/invalid-email-format': bkend(400, 'auth/invalid-email-format', 'Invalid email format'),
  'auth/invalid-password-format': bkend(
    400,
    'auth/invalid-password-format',
    'Password does not meet requirements',
  ),
  'auth/invalid-request': bkend(400, 'auth/invalid-request', 'Invalid request parameters'),
  'common/invalid-parameters': bkend(
    400,
    'common/invalid-parameters',
    'Invalid or missing required parameters',
  ),
  'auth/unauthorized': bkend(401, 'auth/unauthorized', 'Missing or invalid auth token'),
  'auth/access-token-expired': bkend(401, 'auth/access-token-expired', 'Access Token has expired'),
  'auth/invalid-access-token': bkend(
    401,
    'auth/invalid-access-token',
    'Invalid or expired Access Token',
  ),
  'auth/invalid-refresh-token': bkend(401, 'auth/invalid-refresh-token', 'Invalid Refresh Token'),
  'auth/invalid-token-format': bkend(401, 'auth/invalid-token-format', 'Invalid token format'),
  'auth/missing-authorization-header': bkend(
    401,
    'auth/missing-authorization-header',
    'Authorization header is missing',
  ),
  'auth/invalid-credentials': bkend(401, 'auth/invalid-credentials', 'Invalid email or password'),
  'auth/session-expired': bkend(401, 'auth/session-expired', 'Session has expired'),
  'auth/token-expired': bkend(401, 'auth/token-expired', 'Refresh Token has expired'),
  'data/permission-denied': bkend(403, 'data/permission-denied', 'Insufficient RLS permissions'),
  'data/system-table-access': bkend(403, 'data/system-table-access', 'System table access blocked'),
  'data/scope-insufficient': bkend(
    403,
    'data/scope-insufficient',
    'API Key scope does not include this operation',
  ),
  'auth/forbidden': bkend(403, 'auth/forbidden', 'Access permission denied'),
  'file/access-denied': bkend(403, 'file/access-denied', 'File access denied'),
  'data/table-not-found': bkend(404, 'data/table-not-found', 'Table does not exist'),
  'data/not-found': bkend(404, 'data/not-found', 'Record does not exist'),
  'data/environment-not-found': bkend(
    404,
    'data/environment-not-found',
    'Invalid environment in the API key',
  ),
  'auth/account-not-found': bkend(404, 'auth/account-not-found', 'User account not found'),
  'file/not-found': bkend(404, 'file/not-found', 'File does not exist'),
  'auth/email-already-exists': bkend(
    409,
    'auth/email-already-exists',
    'Email is already registered',
  ),
  'data/duplicate-value': bkend(409, 'data/duplicate-value', 'Unique index violation'),
  'auth/account-already-linked': bkend(
    409,
    'auth/account-already-linked',
    'Social account already linked',
  ),
  'data/rate-limit-exceeded': bkend(429, 'data/rate-limit-exceeded', 'API call limit exceeded'),
  'auth/too-many-requests': bkend(429, 'auth/too-many-requests', 'Too many requests'),
  'auth/too-many-login-attempts': bkend(
    429,
    'auth/too-many-login-attempts',
    'Login attempt limit exceeded',
  ),
  'auth/too-many-code-requests': bkend(
    429,
    'auth/too-many-code-requests',
    'Verification code request limit exceeded',
  ),
  'auth/account-locked': bkend(429, 'auth/account-locked', 'Account is temporarily locked'),
} satisfies Partial<BkendErrorBodies>

type BkendErrorBodies = { readonly [C in BkendCode]: { status: number; body: BkendErrorBody<C> } }

/**
 * bkend's error body and documented HTTP status for every code its docs list (the status bkend's
 * name rule gives the few listed without one), with the message the troubleshooting page gives,
 * or else the docs' own description of the code.
 *
 * @example
 * const { status, body } = bkendErrorBodies['auth/access-token-expired']
 * server.use(http.get('/v1/me', () => HttpResponse.json(body, { status })))
 */
export const bkendErrorBodies: BkendErrorBodies = {
  ...(Object.fromEntries(
    Object.entries(bkendCodeDescriptions).map(([code, message]) => [
      code,
      bkend(inferStatus(code, undefined), code as BkendCode, message),
    ]),
  ) as BkendErrorBodies),
  ...troubleshootingBodies,
}
