/** The tokens of a signed-in user. */
export interface Tokens {
  /** The access token sent as `Authorization: Bearer <accessToken>`. */
  accessToken: string
  /** The refresh token, exchanged for new tokens when the access token expires. */
  refreshToken?: string | undefined
  /** When the access token expires, in epoch milliseconds, if known. */
  expiresAt?: number | undefined
  /**
   * Set by the client in the store just before it sends `refreshToken`, so that it is sent once
   * only, whatever happens to the tab that sent it: a tab that finds it spent and no newer tokens
   * ends the session in this browser instead of sending it again (bkend, which rotates refresh
   * tokens, revokes every session of the user, on every device, when one is presented twice).
   * A store of your own keeps it where it can, as it keeps the tokens.
   */
  refreshTokenSpent?: boolean | undefined
}

/**
 * Where the client keeps the tokens. `get` is called before every request, so keep it cheap.
 * Memory, localStorage and sessionStorage stores are provided; any object of this shape works.
 */
export interface TokenStore {
  /** The current tokens, or `undefined` when signed out. */
  get(): Tokens | undefined
  /** Replaces the tokens (after sign-in or a refresh). */
  set(tokens: Tokens): void
  /** Forgets the tokens (sign-out, or a session that ended). */
  clear(): void
  /**
   * Calls `listener` whenever the tokens change, also from another tab where the store can tell
   * (say so with `change.fromOtherTab`: tokens another tab cleared end this tab's session, while
   * a `clear()` in this tab is a sign-out); returns the unsubscribe function.
   */
  subscribe(listener: (tokens: Tokens | undefined, change?: TokenChange) => void): () => void
}

/** Where a change of a {@link TokenStore} came from. */
export interface TokenChange {
  /** True when another tab changed a store they share (a `storage` event of localStorage). */
  fromOtherTab: boolean
}

/** True for a value with a non-empty `accessToken` string: what a refresh must resolve to. */
export function isTokens(value: unknown): value is Tokens {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Tokens).accessToken === 'string' &&
    (value as Tokens).accessToken !== ''
  )
}
