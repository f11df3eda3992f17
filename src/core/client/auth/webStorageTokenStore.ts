import { isTokens, type TokenChange, type Tokens, type TokenStore } from './tokens.js'

const thisTab: TokenChange = { fromOtherTab: false }
const otherTab: TokenChange = { fromOtherTab: true }

function webStorageTokenStore(kind: 'localStorage' | 'sessionStorage', key: string): TokenStore {
  const listeners = new Set<(tokens: Tokens | undefined, change: TokenChange) => void>()
  const storage = (): Storage | undefined => {
    try {
      return typeof window === 'undefined' ? undefined : window[kind]
    } catch {
      return undefined // storage disabled by the browser's privacy settings
    }
  }
  let lastRaw: string | null = null
  let last: Tokens | undefined
  const read = (): Tokens | undefined => {
    const raw = storage()?.getItem(key) ?? null
    if (raw === lastRaw) return last
    lastRaw = raw
    try {
      const parsed: unknown = raw === null ? undefined : JSON.parse(raw)
      last = isTokens(parsed) ? parsed : undefined
    } catch {
      last = undefined
    }
    return last
  }
  const emit = (change: TokenChange) => {
    const tokens = read()
    for (const listener of [...listeners]) listener(tokens, change)
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) emit(otherTab)
  }
  return {
    get: read,
    set(tokens) {
      storage()?.setItem(key, JSON.stringify(tokens))
      emit(thisTab)
    },
    clear() {
      storage()?.removeItem(key)
      emit(thisTab)
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== 'undefined')
        window.addEventListener('storage', onStorage)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && typeof window !== 'undefined')
          window.removeEventListener('storage', onStorage)
      }
    },
  }
}

/**
 * A token store in `localStorage`: shared by every tab of the origin and kept across reloads.
 * Tokens there are readable by any script on the page, so weigh it against an XSS risk.
 *
 * @param key - the storage key. @default 'api-error-kit.tokens'
 * @example
 * createApiClient({ baseUrl, auth: { store: localStorageTokenStore(), refresh } })
 */
export function localStorageTokenStore(key = 'api-error-kit.tokens'): TokenStore {
  return webStorageTokenStore('localStorage', key)
}

/**
 * A token store in `sessionStorage`: one per tab, kept across reloads of that tab.
 *
 * @param key - the storage key. @default 'api-error-kit.tokens'
 */
export function sessionStorageTokenStore(key = 'api-error-kit.tokens'): TokenStore {
  return webStorageTokenStore('sessionStorage', key)
}
