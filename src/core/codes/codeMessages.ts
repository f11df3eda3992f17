import type { ApiCodesOf, RegisteredCodeTable } from './register.js'

/**
 * A user message for every code in `C` (your registered codes by default): a catalog that
 * misses one fails to compile. Pass it to `setMessages({ codes })`.
 *
 * @example
 * const codes: CodeMessages<'billing/card-declined' | 'billing/expired-card'> = {
 *   'billing/card-declined': 'Your card was declined.',
 *   'billing/expired-card': 'Your card has expired.',
 * }
 * setMessages({ codes })
 */
export type CodeMessages<C extends string = ApiCodesOf<RegisteredCodeTable>> = {
  readonly [K in C]: string
}
