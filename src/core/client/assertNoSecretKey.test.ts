import { assertNoSecretKey } from './assertNoSecretKey.js'

afterEach(() => {
  vi.unstubAllGlobals()
})

function inBrowser() {
  vi.stubGlobal('window', {})
  vi.stubGlobal('document', {})
}

describe('assertNoSecretKey', () => {
  it.each([
    ['a bare key', 'sk_live_4f9a8b7c'],
    ['upper case', 'SK_LIVE_4F9A8B7C'],
    ['spaces around', '  sk_test_4f9a8b7c\t'],
    ['a Bearer token', 'Bearer sk_live_4f9a8b7c'],
    ['a lower-case bearer and a tab', 'bearer\tsk_live_4f9a8b7c'],
  ])('refuses %s in a browser, naming the header', (_name, value) => {
    inBrowser()
    expect(() => assertNoSecretKey({ 'X-API-Key': value })).toThrow(
      /The X-API-Key header holds a secret key \(sk_\.\.\.\).*publishable key \(pk_\.\.\.\)/,
    )
  })

  it('lets a secret key through on a server, where it is legitimate', () => {
    // No window and no document: Node, Deno, Bun, edge runtimes.
    expect(() => assertNoSecretKey({ 'X-API-Key': 'sk_live_4f9a8b7c' })).not.toThrow()
    vi.stubGlobal('window', {})
    // A `window` alone (Deno 1.x has one) is no browser page.
    expect(() => assertNoSecretKey({ 'X-API-Key': 'sk_live_4f9a8b7c' })).not.toThrow()
  })

  it('lets publishable keys and other values through in a browser', () => {
    inBrowser()
    expect(() =>
      assertNoSecretKey({
        'X-API-Key': 'pk_live_4f9a8b7c',
        Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
        'X-Note': 'ask_me',
      }),
    ).not.toThrow()
    expect(() => assertNoSecretKey(undefined)).not.toThrow()
  })

  // Regression: the Slovak locale written Java-style (`sk_SK`) in a header such as X-Locale
  // was taken for a secret key, so the client refused to start for a Slovak user.
  it('does not take a Slovak locale for a secret key', () => {
    inBrowser()
    expect(() => assertNoSecretKey({ 'X-Locale': 'sk_SK' })).not.toThrow()
    expect(() => assertNoSecretKey({ 'Accept-Language': 'sk_SK,en;q=0.8' })).not.toThrow()
  })
})
