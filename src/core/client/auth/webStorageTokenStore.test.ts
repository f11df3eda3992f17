// @vitest-environment jsdom
import { localStorageTokenStore, sessionStorageTokenStore } from './webStorageTokenStore.js'

const tokens = { accessToken: 'a1', refreshToken: 'r1', expiresAt: 1_800_000_000_000 }

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  sessionStorage.clear()
})

describe('localStorageTokenStore', () => {
  it('keeps the tokens in localStorage under its key', () => {
    const store = localStorageTokenStore()
    expect(store.get()).toBeUndefined()
    store.set(tokens)
    expect(JSON.parse(localStorage.getItem('api-error-kit.tokens')!)).toEqual(tokens)
    expect(store.get()).toEqual(tokens)
    // A second store on the same key (another client, or the page after a reload) reads them.
    expect(localStorageTokenStore().get()).toEqual(tokens)
    expect(localStorageTokenStore('other').get()).toBeUndefined()
    store.clear()
    expect(localStorage.getItem('api-error-kit.tokens')).toBeNull()
    expect(store.get()).toBeUndefined()
  })

  it('parses the stored value once until it changes', () => {
    const store = localStorageTokenStore()
    store.set(tokens)
    const parse = vi.spyOn(JSON, 'parse')
    const first = store.get()
    expect(store.get()).toBe(first)
    expect(parse).toHaveBeenCalledTimes(0)
    localStorage.setItem('api-error-kit.tokens', JSON.stringify({ accessToken: 'a2' }))
    expect(store.get()).toEqual({ accessToken: 'a2' })
    expect(parse).toHaveBeenCalledTimes(1)
  })

  it('reads broken or foreign values as signed out', () => {
    const store = localStorageTokenStore()
    for (const raw of [
      '{not json',
      '"a string"',
      '{"accessToken":""}',
      '{"accessToken":5}',
      'null',
    ]) {
      localStorage.setItem('api-error-kit.tokens', raw)
      expect(store.get()).toBeUndefined()
    }
  })

  it('reads a tampered value without polluting prototypes, and a huge one without trouble', () => {
    const store = localStorageTokenStore()
    localStorage.setItem(
      'api-error-kit.tokens',
      '{"accessToken":"a1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    )
    expect(store.get()?.accessToken).toBe('a1')
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
    localStorage.setItem('api-error-kit.tokens', `{"accessToken":"${'x'.repeat(2_000_000)}"`)
    expect(store.get()).toBeUndefined()
  })

  it('tells subscribers about its own changes and about other tabs, and which is which', () => {
    const store = localStorageTokenStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set(tokens)
    expect(listener).toHaveBeenLastCalledWith(tokens, { fromOtherTab: false })
    // Another tab writes: the browser fires a storage event in this one.
    localStorage.setItem('api-error-kit.tokens', JSON.stringify({ accessToken: 'from-tab-2' }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'api-error-kit.tokens' }))
    expect(listener).toHaveBeenLastCalledWith({ accessToken: 'from-tab-2' }, { fromOtherTab: true })
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated' }))
    expect(listener).toHaveBeenCalledTimes(2)
    // storage.clear() in another tab sends a null key.
    localStorage.clear()
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(listener).toHaveBeenLastCalledWith(undefined, { fromOtherTab: true })
    unsubscribe()
    store.clear()
    expect(listener).toHaveBeenCalledTimes(3)
  })

  it('works as a signed-out store when storage is disabled', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    const store = localStorageTokenStore()
    expect(() => store.set(tokens)).not.toThrow()
    expect(store.get()).toBeUndefined()
    expect(() => store.clear()).not.toThrow()
  })
})

describe('sessionStorageTokenStore', () => {
  it('keeps the tokens in sessionStorage, apart from localStorage', () => {
    const store = sessionStorageTokenStore('session-key')
    store.set(tokens)
    expect(JSON.parse(sessionStorage.getItem('session-key')!)).toEqual(tokens)
    expect(localStorage.getItem('session-key')).toBeNull()
    expect(store.get()).toEqual(tokens)
    store.clear()
    expect(sessionStorage.getItem('session-key')).toBeNull()
  })
})
