import type { TokenChange, Tokens, TokenStore } from './tokens.js'

const thisTab: TokenChange = { fromOtherTab: false }

/**
 * A token store in memory: the safest place for tokens (no script can read them from storage),
 * lost on reload. The default store of `createApiClient`.
 *
 * @example
 * const store = memoryTokenStore()
 * const api = createApiClient({ baseUrl, auth: { store, refresh } })
 */
export function memoryTokenStore(initial?: Tokens): TokenStore {
  let tokens = initial
  const listeners = new Set<(tokens: Tokens | undefined, change: TokenChange) => void>()
  const emit = () => {
    for (const listener of [...listeners]) listener(tokens, thisTab)
  }
  return {
    get: () => tokens,
    set(next) {
      tokens = next
      emit()
    },
    clear() {
      if (tokens === undefined) return
      tokens = undefined
      emit()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
