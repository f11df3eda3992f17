import { bkendAuth } from './auth/bkendAuth.js'
import { createApiClient } from './createApiClient.js'
import type { ApiClientOptions } from './types.js'

// Issue 15: every option that takes a number or a function is checked when the client is made,
// with a TypeError that says what was wrong and what to pass.

const baseUrl = 'https://api.example.com'
const refresh = () => Promise.reject(new Error('unused'))

describe('createApiClient: option checks', () => {
  it.each<[string, Partial<ApiClientOptions>, RegExp]>([
    ['fetch', { fetch: 'fetch' as never }, /got fetch: "fetch"; pass a fetch function/],
    [
      'decode',
      { decode: ['bkend'] as never },
      /got decode: object; pass a decoder such as createDecoder\(bkendFormats\)/,
    ],
    [
      'rateLimitScope',
      { rateLimitScope: 'origin' as never },
      /rateLimitScope: "origin"; pass a function/,
    ],
    [
      'timeoutMs',
      { timeoutMs: '3000' as never },
      /timeoutMs: "3000"; pass a number of milliseconds/,
    ],
    ['maxCooldownMs (NaN)', { maxCooldownMs: Number.NaN }, /maxCooldownMs: NaN; pass a number/],
    ['maxCooldownMs (negative)', { maxCooldownMs: -1 }, /maxCooldownMs: -1; pass/],
    ['retry.limit', { retry: { limit: 1.5 } }, /retry.limit: 1.5; pass a whole number/],
    ['retry.baseDelayMs', { retry: { baseDelayMs: Number.NaN } }, /retry.baseDelayMs: NaN/],
    ['retry.maxDelayMs', { retry: { maxDelayMs: -5 } }, /retry.maxDelayMs: -5/],
    [
      'retry.maxRetryAfterMs',
      { retry: { maxRetryAfterMs: Number.NaN } },
      /retry.maxRetryAfterMs: NaN/,
    ],
    ['retry.random', { retry: { random: 0.5 as never } }, /retry.random: 0.5; pass a function/],
    ['auth.refresh', { auth: {} as never }, /auth without a refresh function; pass auth.refresh/],
    [
      'auth.shouldRefresh',
      { auth: { refresh, shouldRefresh: true as never } },
      /auth.shouldRefresh: true; pass a function/,
    ],
    ['auth.endsSession', { auth: { refresh, endsSession: 1 as never } }, /auth.endsSession: 1/],
    [
      'auth.endsSessionOn',
      { auth: { refresh, endsSessionOn: 'x' as never } },
      /auth.endsSessionOn/,
    ],
    [
      'auth.onSessionExpired',
      { auth: { refresh, onSessionExpired: {} as never } },
      /auth.onSessionExpired: object/,
    ],
    [
      'auth.refreshBeforeExpiryMs',
      { auth: { refresh, refreshBeforeExpiryMs: Number.NaN } },
      /refreshBeforeExpiryMs: NaN/,
    ],
    [
      'auth.refreshTimeoutMs',
      { auth: { refresh, refreshTimeoutMs: 0 } },
      /refreshTimeoutMs: 0; pass a number of milliseconds above 0/,
    ],
  ])('refuses a wrong %s, saying what to pass', (_name, options, message) => {
    expect(() => createApiClient({ baseUrl, ...options })).toThrow(TypeError)
    expect(() => createApiClient({ baseUrl, ...options })).toThrow(message)
  })

  it('takes every option at its documented values', () => {
    expect(() =>
      createApiClient({
        baseUrl,
        fetch,
        rateLimitScope: (url) => url.origin,
        timeoutMs: Infinity,
        maxCooldownMs: 0,
        retry: {
          limit: 0,
          baseDelayMs: 0,
          maxDelayMs: 0,
          maxRetryAfterMs: Infinity,
          random: Math.random,
        },
        auth: { refresh, refreshBeforeExpiryMs: 0, refreshTimeoutMs: 1, crossTab: false },
      }),
    ).not.toThrow()
    // NaN times a request out at once, as documented, rather than being refused.
    expect(() => createApiClient({ baseUrl, timeoutMs: Number.NaN })).not.toThrow()
  })

  it('checks the timeoutMs and retry of one request', async () => {
    const api = createApiClient({ baseUrl, fetch: () => Promise.resolve(new Response('{}')) })
    await expect(api.get('/x', { timeoutMs: '5' as never })).rejects.toThrow(
      /The request got timeoutMs: "5"/,
    )
    await expect(api.get('/x', { retry: { limit: -1 } })).rejects.toThrow(/retry.limit: -1/)
  })
})

describe('bkendAuth: option checks', () => {
  it.each([
    ['baseUrl', { baseUrl: 42 as never }, /bkendAuth got baseUrl: 42; pass the bkend API URL/],
    [
      'publishableKey',
      { publishableKey: '' },
      /bkendAuth got publishableKey: ""; pass the publishable key/,
    ],
    [
      'storage',
      { storage: 'cookie' as never },
      /bkendAuth got storage: "cookie"; pass 'memory', 'local', 'session'/,
    ],
  ])('refuses a wrong %s, saying what to pass', (_name, options, message) => {
    expect(() =>
      bkendAuth({ baseUrl: 'https://api.bkend.ai', publishableKey: 'pk_test', ...options }),
    ).toThrow(message)
  })
})
