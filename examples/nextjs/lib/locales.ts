import type { MessageCatalog } from 'api-error-kit'

/** The languages of the example; English is the library's own. */
export const locales = ['en', 'fr'] as const
export type Locale = (typeof locales)[number]

export const isLocale = (value: string): value is Locale =>
  (locales as readonly string[]).includes(value)

/** What the app says itself, beside the library's error messages. */
export interface AppText {
  posts: string
  todos: string
  secrets: string
  signIn: string
  email: string
  password: string
  problem: string
  loading: string
}

/** A locale's texts and error messages, loaded only when a request asks for that locale. */
export async function loadLocale(
  locale: Locale,
): Promise<{ text: AppText; messages: MessageCatalog }> {
  const module = locale === 'fr' ? await import('../messages/fr') : await import('../messages/en')
  return module.default
}
