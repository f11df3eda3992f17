/**
 * Refuses a bkend secret key (`sk_...`) in a browser: anyone could read it from the page.
 * Throws a `TypeError` that says which key to use instead.
 */
export function assertNoSecretKey(headers: Record<string, string> | undefined): void {
  const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined'
  if (!inBrowser || !headers) return
  for (const [name, value] of Object.entries(headers)) {
    // A key has more than a locale's two letters after `sk_`: `X-Locale: sk_SK` is Slovak.
    if (/^(?:Bearer\s+)?sk_\w{6}/i.test(value.trim())) {
      throw new TypeError(
        `The ${name} header holds a secret key (sk_...), which must never be used in a browser; use your publishable key (pk_...) instead.`,
      )
    }
  }
}
