import { decodeAccessToken, encodeAccessToken, randomId } from './tokens.js'
import type { ResolvedMockBackendOptions } from './types.js'

/** A signed-up user. */
export interface UserRecord {
  id: string
  email: string
  password: string
  name: string
}

/** What sign-in, sign-up and refresh answer with. */
export interface TokenPair {
  accessToken: string
  refreshToken: string
  tokenType: 'Bearer'
  /** Lifetime of the access token in seconds. */
  expiresIn: number
}

interface Session {
  id: string
  userId: string
  revoked: boolean
}

/** The outcome of a check: the value, or the bkend code of the refusal. */
export type Checked<T> = { ok: true; value: T } | { ok: false; code: string; replay?: boolean }

/** What `storage` keeps of the session store, as JSON. */
interface SessionSnapshot {
  users: UserRecord[]
  sessions: Session[]
  accessTokens: [string, { sessionId: string; expiresAt: number }][]
  refreshTokens: [string, { sessionId: string; rotated: boolean; expiresAt: number }][]
}

/** Fills the maps from `storage`; false when it holds nothing usable (first start, or text of another shape). */
function restore(
  options: ResolvedMockBackendOptions,
  maps: {
    users: Map<string, UserRecord>
    sessions: Map<string, Session>
    accessTokens: Map<string, SessionSnapshot['accessTokens'][number][1]>
    refreshTokens: Map<string, SessionSnapshot['refreshTokens'][number][1]>
  },
): boolean {
  let snapshot: Partial<SessionSnapshot>
  try {
    snapshot = JSON.parse(options.storage.getItem(options.storageKey) ?? 'null') ?? {}
  } catch {
    return false
  }
  const { users, sessions, accessTokens, refreshTokens } = snapshot
  if (![users, sessions, accessTokens, refreshTokens].every(Array.isArray)) return false
  for (const user of users!) maps.users.set(user.email.toLowerCase(), user)
  for (const session of sessions!) maps.sessions.set(session.id, session)
  for (const [token, record] of accessTokens!) maps.accessTokens.set(token, record)
  for (const [token, record] of refreshTokens!) maps.refreshTokens.set(token, record)
  return true
}

/** Users, sessions and tokens, with rotation and replay detection of refresh tokens. */
export type SessionStore = ReturnType<typeof createSessionStore>

/** Creates the session store of one mock backend. */
export function createSessionStore(options: ResolvedMockBackendOptions) {
  const users = new Map<string, UserRecord>()
  const sessions = new Map<string, Session>()
  const accessTokens = new Map<string, { sessionId: string; expiresAt: number }>()
  const refreshTokens = new Map<
    string,
    { sessionId: string; rotated: boolean; expiresAt: number }
  >()
  let userCount = 0

  const addUser = (email: string, password: string, name?: string): UserRecord => {
    userCount += 1
    const user = { id: `user_${userCount}`, email, password, name: name ?? email.split('@')[0]! }
    users.set(email.toLowerCase(), user)
    return user
  }

  const issue = (session: Session): TokenPair => {
    const now = options.now()
    const expiresAt = now + options.accessTokenTtlMs
    const accessToken = encodeAccessToken({
      sub: session.userId,
      sid: session.id,
      iat: Math.floor(now / 1000),
      exp: Math.floor(expiresAt / 1000),
      jti: randomId(),
    })
    const refreshToken = `rt_${randomId()}`
    accessTokens.set(accessToken, { sessionId: session.id, expiresAt })
    refreshTokens.set(refreshToken, {
      sessionId: session.id,
      rotated: false,
      expiresAt: now + options.refreshTokenTtlMs,
    })
    const expiresIn = Math.round(options.accessTokenTtlMs / 1000)
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn }
  }

  const revokeWhere = (test: (session: Session) => boolean): number => {
    let count = 0
    for (const session of sessions.values()) {
      if (session.revoked || !test(session)) continue
      session.revoked = true
      count += 1
    }
    return count
  }

  const clear = () => {
    users.clear()
    sessions.clear()
    accessTokens.clear()
    refreshTokens.clear()
    userCount = 0
  }
  // Written after every change, so a reload of the page finds the sessions its tokens belong to.
  const save = () => {
    const snapshot: SessionSnapshot = {
      users: [...users.values()],
      sessions: [...sessions.values()],
      accessTokens: [...accessTokens],
      refreshTokens: [...refreshTokens],
    }
    options.storage.setItem(options.storageKey, JSON.stringify(snapshot))
  }
  const reset = () => {
    clear()
    for (const user of options.users) addUser(user.email, user.password, user.name)
    save()
  }
  // User ids count up from the users kept: none is ever deleted.
  if (restore(options, { users, sessions, accessTokens, refreshTokens })) userCount = users.size
  else reset()

  return {
    reset,
    addUser(email: string, password: string, name?: string) {
      const user = addUser(email, password, name)
      save()
      return user
    },
    findUser: (email: string) => users.get(email.toLowerCase()),
    userById: (id: string) => [...users.values()].find((user) => user.id === id),
    /** Opens a new session (one device) for `user`. */
    signIn(user: UserRecord): TokenPair {
      const session = { id: `ses_${randomId()}`, userId: user.id, revoked: false }
      sessions.set(session.id, session)
      const tokens = issue(session)
      save()
      return tokens
    },
    /** Checks a bearer token as bkend does, in bkend's order of refusals. */
    verifyAccess(token: string): Checked<{ user: UserRecord; sessionId: string }> {
      if (!decodeAccessToken(token)) return { ok: false, code: 'auth/invalid-token-format' }
      const record = accessTokens.get(token)
      const session = record && sessions.get(record.sessionId)
      const user = session && [...users.values()].find((entry) => entry.id === session.userId)
      if (!record || !session || !user) return { ok: false, code: 'auth/invalid-access-token' }
      if (options.now() >= record.expiresAt) return { ok: false, code: 'auth/access-token-expired' }
      if (session.revoked) return { ok: false, code: 'auth/session-expired' }
      return { ok: true, value: { user, sessionId: session.id } }
    },
    /** Rotates a refresh token; a rotated one presented again revokes every session of its user. */
    refresh(refreshToken: string): Checked<TokenPair> & { revoked?: number } {
      const record = refreshTokens.get(refreshToken)
      const session = record && sessions.get(record.sessionId)
      if (!record || !session) return { ok: false, code: 'auth/invalid-refresh-token' }
      if (record.rotated) {
        const revoked = revokeWhere((entry) => entry.userId === session.userId)
        save()
        return { ok: false, code: 'auth/invalid-refresh-token', replay: true, revoked }
      }
      if (session.revoked) return { ok: false, code: 'auth/invalid-refresh-token' }
      if (options.now() >= record.expiresAt) return { ok: false, code: 'auth/token-expired' }
      record.rotated = true
      const tokens = issue(session)
      save()
      return { ok: true, value: tokens }
    },
    revokeSession(sessionId: string) {
      const revoked = revokeWhere((session) => session.id === sessionId)
      save()
      return revoked
    },
    revokeAll() {
      const revoked = revokeWhere(() => true)
      save()
      return revoked
    },
    /** Makes every access token issued so far expired from now on. */
    expireAllAccessTokens() {
      const now = options.now()
      for (const record of accessTokens.values()) record.expiresAt = Math.min(record.expiresAt, now)
      save()
    },
  }
}
