import { checkOption } from '../utils/checkOption.js'
import { buildUrl } from './buildUrl.js'
import type { RetryOptions } from './retry/retryPolicy.js'
import type { ApiClientOptions } from './types.js'

const isFunction = (value: unknown) => typeof value === 'function'
const isNumber = (value: unknown) => typeof value === 'number'
const isMs = (value: unknown) => typeof value === 'number' && value >= 0
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0
const ms = 'a number of milliseconds from 0'

/**
 * Throws a `TypeError` that says which option of `createApiClient` is wrong and what to pass,
 * for the options that take a URL, a number or a function; run once per client.
 */
export function checkClientOptions(options: ApiClientOptions): void {
  try {
    buildUrl(options.baseUrl, '/')
  } catch {
    throw new TypeError(
      `createApiClient needs an absolute baseUrl such as "https://api.example.com"; got ${JSON.stringify(options.baseUrl)}.`,
    )
  }
  const check = checkOption.bind(null, 'createApiClient')
  check('fetch', options.fetch, isFunction, 'a fetch function, or nothing for globalThis.fetch')
  check(
    'decode',
    options.decode,
    isFunction,
    'a decoder such as createDecoder(bkendFormats), or nothing for decodeError',
  )
  check('rateLimitScope', options.rateLimitScope, isFunction, 'a function of (url, method)')
  // NaN is documented: the request times out at once rather than never.
  check('timeoutMs', options.timeoutMs, isNumber, `${ms} (Infinity for none)`)
  check('maxCooldownMs', options.maxCooldownMs, isMs, `${ms}, such as 3600000 for an hour`)
  checkRetryOptions('createApiClient', options.retry)
  const auth = options.auth
  if (auth === undefined) return
  if (typeof auth.refresh !== 'function') {
    throw new TypeError(
      'createApiClient got auth without a refresh function; pass auth.refresh, which calls your refresh endpoint and resolves to the new tokens.',
    )
  }
  for (const name of ['shouldRefresh', 'endsSession', 'endsSessionOn', 'onSessionExpired'] as const)
    check(`auth.${name}`, auth[name], isFunction, 'a function of the ApiError')
  check('auth.refreshBeforeExpiryMs', auth.refreshBeforeExpiryMs, isMs, `${ms} (0 for none)`)
  const isPositive = (value: unknown) => typeof value === 'number' && value > 0
  check(
    'auth.refreshTimeoutMs',
    auth.refreshTimeoutMs,
    isPositive,
    'a number of milliseconds above 0',
  )
}

/** Checks the `retry` and `timeoutMs` of one request, when it has them. */
export function checkRequestOptions(
  retry: RetryOptions | false | undefined,
  timeoutMs: number | undefined,
): void {
  checkOption('The request', 'timeoutMs', timeoutMs, isNumber, `${ms} (Infinity for none)`)
  checkRetryOptions('The request', retry)
}

function checkRetryOptions(caller: string, retry: RetryOptions | false | undefined): void {
  if (retry === undefined || retry === false) return
  const check = checkOption.bind(null, caller)
  check('retry.limit', retry.limit, isCount, 'a whole number of retries from 0')
  check('retry.baseDelayMs', retry.baseDelayMs, isMs, ms)
  check('retry.maxDelayMs', retry.maxDelayMs, isMs, ms)
  check('retry.maxRetryAfterMs', retry.maxRetryAfterMs, isMs, `${ms} (Infinity for no cap)`)
  check('retry.random', retry.random, isFunction, 'a function that returns a number from 0 to 1')
}
