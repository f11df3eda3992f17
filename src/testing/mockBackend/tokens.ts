import { trimTrailing } from '../../core/utils/trimTrailing.js'

/** The claims of a mock access token, as in bkend's JWTs. */
export interface AccessTokenClaims {
  /** The user id. */
  sub: string
  /** The session id. */
  sid: string
  /** Issued at, epoch seconds. */
  iat: number
  /** Expires at, epoch seconds. */
  exp: number
  /** The token id. */
  jti: string
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return trimTrailing(btoa(binary), '=').replace(/\+/g, '-').replace(/\//g, '_')
}

function fromBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
}

/** A random id without dashes, e.g. for token signatures and refresh tokens. */
export function randomId(): string {
  return crypto.randomUUID().replace(/-/g, '')
}

/** A JWT-shaped token: `base64url(header).base64url(payload).signature`. */
export function encodeAccessToken(claims: AccessTokenClaims): string {
  const header = toBase64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  return `${header}.${toBase64Url(JSON.stringify(claims))}.${toBase64Url(randomId())}`
}

/** The claims of a JWT-shaped token, or `undefined` when it is not one. */
export function decodeAccessToken(token: string): AccessTokenClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[\w-]+$/.test(part))) return undefined
  try {
    const claims = JSON.parse(fromBase64Url(parts[1] as string)) as Partial<AccessTokenClaims>
    if (typeof claims.jti !== 'string' || typeof claims.sid !== 'string') return undefined
    return claims as AccessTokenClaims
  } catch {
    return undefined
  }
}
