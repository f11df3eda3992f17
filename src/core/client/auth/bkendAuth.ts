import { decodeError } from '../../decode/decodeError.js'
import { decodeResponseWith } from '../../decode/decodeResponse.js'
import type { Decode } from '../../decode/types.js'
import { isRecord } from '../../utils/isRecord.js'
import type { ApiClientOptions, AuthOptions } from '../types.js'
import { memoryTokenStore } from './memoryTokenStore.js'
import type { Tokens, TokenStore } from './tokens.js'
import { localStorageTokenStore, sessionStorageTokenStore } from './webStorageTokenStore.js'
import { trimTrailing } from '../../utils/trimTrailing.js'
import { checkOption } from '../../utils/checkOption.js'

const isText = (value: unknown) => typeof value === 'string' && value !== ''
const isStorage = (value: unknown) =>
  value === 'memory' ||
  value === 'local' ||
  value === 'session' ||
  (isRecord(value) &&
    ['get', 'set', 'clear', 'subscribe'].every((k) => typeof value[k] === 'function'))

/** Options of {@link bkendAuth}. */
export interface BkendAuthOptions {
  /** The bkend API URL, e.g. `https://api.bkend.ai`. */
  baseUrl: string
  /** The publishable key (`pk_...`) of the environment; secret keys are refused in browsers. */
  publishableKey: string
  /** Where the tokens live: `memory`, `local`, `session` or a store of your own. @default 'memory' */
  storage?: 'memory' | 'local' | 'session' | TokenStore
  /** More auth options (`onSessionExpired`, `refreshBeforeExpiryMs`...). */
  auth?: Omit<AuthOptions, 'store' | 'refresh'>
  /**
   * How errors are read, the refresh's included. Every format by default, since a gateway or a
   * proxy in front of bkend may answer in its own; `createDecoder(bkendFormats)` reads bkend's
   * alone and ships less.
   * @default decodeError
   */
  decode?: Decode
}

/**
 * Converts bkend's token answer (`{ accessToken, refreshToken, expiresIn }`, with or without
 * the `{ success, data }` envelope) into {@link Tokens}, with `expiresAt` from `expiresIn`.
 */
export function fromBkendTokens(answer: unknown, now = Date.now()): Tokens {
  const data = isRecord(answer) && isRecord(answer.data) ? answer.data : answer
  if (!isRecord(data) || typeof data.accessToken !== 'string') {
    throw new TypeError(
      'The bkend token answer has no accessToken; pass the body of a sign-in or refresh response.',
    )
  }
  return {
    accessToken: data.accessToken,
    refreshToken: typeof data.refreshToken === 'string' ? data.refreshToken : undefined,
    expiresAt: typeof data.expiresIn === 'number' ? now + data.expiresIn * 1000 : undefined,
  }
}

/**
 * The client options for a bkend backend: the `X-API-Key` header, `{ success, data }` unwrapping,
 * errors decoded by `decode` (every format unless told otherwise), and auth that calls
 * `POST /v1/auth/refresh` once per expired token (bkend rotates refresh tokens
 * and signs the user out everywhere if one is replayed), ending the session on
 * `auth/invalid-refresh-token`, `auth/session-expired` and `auth/token-expired`.
 *
 * @example
 * const api = createApiClient(bkendAuth({ baseUrl: 'https://api.bkend.ai', publishableKey: 'pk_live_...', storage: 'local' }))
 * api.tokens?.set(fromBkendTokens(await api.post('/v1/auth/email/signin', { email, password }, { auth: false, unwrap: false })))
 */
export function bkendAuth(options: BkendAuthOptions): ApiClientOptions {
  const { baseUrl, publishableKey, storage = 'memory', decode = decodeError } = options
  const check = checkOption.bind(null, 'bkendAuth')
  check('baseUrl', baseUrl, isText, 'the bkend API URL, such as "https://api.bkend.ai"')
  check('publishableKey', publishableKey, isText, 'the publishable key (pk_...) of the environment')
  check('storage', storage, isStorage, "'memory', 'local', 'session' or a token store")
  check(
    'decode',
    decode,
    (value) => typeof value === 'function',
    'a decoder such as createDecoder(bkendFormats), or nothing for decodeError',
  )
  const store =
    storage === 'memory'
      ? memoryTokenStore()
      : storage === 'local'
        ? localStorageTokenStore()
        : storage === 'session'
          ? sessionStorageTokenStore()
          : storage
  const headers = { 'X-API-Key': publishableKey }
  return {
    baseUrl,
    headers,
    unwrap: true,
    decode,
    auth: {
      ...options.auth,
      store,
      async refresh({ refreshToken, signal }) {
        const response = await fetch(`${trimTrailing(baseUrl, '/')}/v1/auth/refresh`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ refreshToken }),
          signal,
        })
        if (!response.ok)
          throw await decodeResponseWith(decode, response, { method: 'POST', signal })
        return fromBkendTokens(await response.json())
      },
    },
  }
}
