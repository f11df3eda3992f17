import type { MockContext } from './context.js'
import { fail } from './respond.js'

/** bkend's `X-API-Key` rules; `undefined` when the key may pass. */
export function checkApiKey(ctx: MockContext): Response | undefined {
  const { apiKeys, requireApiKey } = ctx.state.options
  const key = ctx.apiKey
  if (key === undefined) {
    if (!requireApiKey) return undefined
    const message = 'The X-API-Key header is missing.'
    return fail(ctx, { status: 401, code: 'auth/unauthorized', message })
  }
  if (!key.startsWith('pk_') && !key.startsWith('sk_')) {
    const message = 'Invalid API key format: keys start with pk_ or sk_.'
    return fail(ctx, { status: 401, code: 'auth/invalid-token-format', message })
  }
  if (!apiKeys.includes(key)) {
    const message = 'Unknown API key. Check the key of this environment.'
    return fail(ctx, { status: 401, code: 'auth/unauthorized', message })
  }
  if (key.startsWith('sk_') && ctx.request.headers.has('origin')) {
    const message =
      'Secret keys (sk_) must not be used from a browser; use a publishable key (pk_).'
    return fail(ctx, { status: 403, code: 'auth/forbidden', message })
  }
  return undefined
}
