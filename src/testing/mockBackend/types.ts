/**
 * The error envelope the mock backend answers with; the routes are the same in every mode.
 * `bkend` is `{ success: false, error: { code, message } }`; `bkend-nest` is the Nest-style
 * `{ statusCode, error: 'VALIDATION_ERROR', message }` some bkend endpoints answer with;
 * `backstack` and `backstack-payload` are Backstack's two envelopes; `problem` is RFC 9457.
 */
export type MockMode = 'bkend' | 'bkend-nest' | 'backstack' | 'backstack-payload' | 'problem'

/** The infrastructure failures the mock backend can simulate. */
export type MockFaultType =
  'slow' | 'drop' | 'html502' | 'empty503' | 'invalid-json' | 'huge' | 'status'

/** A fixed rate-limit window for one route group (`auth`, `data`, ...). */
export interface MockRateLimit {
  /** Requests allowed per window; `0` refuses every request. */
  limit: number
  /** Length of the window in milliseconds. */
  windowMs: number
}

/** A user the mock backend knows from the start. */
export interface MockUser {
  /** The sign-in email, matched case-insensitively. */
  email: string
  /** The password, in clear: this is a test double. */
  password: string
  /** @default the part of the email before `@` */
  name?: string
}

/** Which requests a fault applies to. */
export interface MockFaultMatch {
  /** HTTP method, any case. @default every method */
  method?: string
  /** Path prefix such as `/v1/data` or `/v1/auth/refresh`. @default every path */
  path?: string
}

/** A simulated failure, armed with `control.fault()` or the `X-Mock-Fault` request header. */
export interface MockFault {
  /** What goes wrong. */
  type: MockFaultType
  /** Which requests it hits. @default every request but CORS preflights */
  match?: MockFaultMatch
  /** How many requests it hits; `Infinity` keeps it armed. @default 1 */
  times?: number
  /** Wait before answering; for `slow` the normal answer follows. @default 2000 for `slow`, else 0 */
  delayMs?: number
  /**
   * For `slow`: handle the request at once (a refresh token is rotated on receipt, a record is
   * created) and hold only its answer for `delayMs`, as a server that acts and then answers late.
   * A client that hangs up meanwhile gets nothing, but what the request did stays done.
   * @default false
   */
  late?: boolean
  /** Status of a `status` fault (or of `invalid-json`). @default 500 for `status`, 200 for `invalid-json` */
  status?: number
  /** Extra headers of the answer, e.g. `{ 'retry-after': '1.5' }`. @default {} */
  headers?: Record<string, string>
  /** Body of a `status` fault: a string as-is, anything else as JSON. @default the mode's error envelope */
  body?: unknown
  /** Error code of the default body of a `status` fault. @default a code that fits the status */
  code?: string
  /**
   * For 429 faults: how long the route group of the request (`auth`, `data`) counts as rate
   * limited, so `stats.earlyRequests` can count requests that did not wait. @default none
   */
  cooldownMs?: number
}

/** How `control.failNextRefreshes()` fails a refresh. */
export interface MockRefreshFailure {
  /** @default 'auth/invalid-refresh-token' for a 401, else a code that fits `status` */
  code?: string
  /** @default 401 */
  status?: number
  /** Drop the connection instead of answering. @default false */
  drop?: boolean
}

/** Where the mock backend keeps its users and sessions: `localStorage`, `sessionStorage`, or your own. */
export interface MockStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** Everything `createMockBackend` accepts; every option has a default. */
export interface MockBackendOptions {
  /** The error envelope. @default 'bkend' */
  mode?: MockMode
  /** Users that can sign in from the start. @default [{ email: 'demo@example.com', password: 'password123' }] */
  users?: MockUser[]
  /** Lifetime of an access token in milliseconds. @default 3_600_000 */
  accessTokenTtlMs?: number
  /** Lifetime of a refresh token in milliseconds. @default 2_592_000_000 (30 days) */
  refreshTokenTtlMs?: number
  /** Tables of `/v1/data/:table`. @default ['posts', 'todos', 'users', 'secrets'] */
  tables?: string[]
  /** Tables every request is denied (403 `data/permission-denied`). @default ['secrets'] */
  forbiddenTables?: string[]
  /** Records each table starts with, by table name. @default a few records per default table */
  seed?: Record<string, Record<string, unknown>[]>
  /** Accepted `X-API-Key` values (`pk_` publishable, `sk_` secret). @default ['pk_test_demo'] */
  apiKeys?: string[]
  /** Answer 401 when `X-API-Key` is missing. @default true */
  requireApiKey?: boolean
  /** Fixed-window rate limits per route group. @default {} (no limit) */
  rateLimits?: Record<string, MockRateLimit>
  /** The clock, in epoch milliseconds; inject one to test expiry without waiting. @default Date.now */
  now?: () => number
  /** Base of the `type` URI in problem mode. @default 'https://example.com/problems/' */
  problemTypeBase?: string
  /**
   * Keeps users, sessions and tokens across restarts (a page reload for the in-page mock): read
   * once at start, written after every change. Data, faults and counters start afresh.
   * @default none: they live as long as the backend
   */
  storage?: MockStorage
  /** The key of `storage` they are kept under. @default 'api-error-kit.mock-sessions' */
  storageKey?: string
}

/** The options with every default filled in. */
export type ResolvedMockBackendOptions = Required<MockBackendOptions>
