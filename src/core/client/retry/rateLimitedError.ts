import { ApiError } from '../../ApiError.js'
import { decodeError } from '../../decode/decodeError.js'
import type { Cooldown } from './cooldowns.js'

/**
 * The error a request fails with, without being sent, when its scope is rate limited for longer
 * than it may wait: the error that started the cooldown, with `retryAfterMs` set to what is left.
 */
export function rateLimitedError(
  cooldown: Cooldown,
  remainingMs: number,
  context: { method: string; url: string },
): ApiError {
  const retryAfterMs = Math.max(0, Math.ceil(remainingMs))
  const source = cooldown.error ?? decodeError('', { status: 429 })
  return new ApiError({
    ...source.toJSON(),
    ...context,
    requestMethod: context.method,
    raw: source.raw,
    cause: source,
    retryAfterMs,
  })
}
