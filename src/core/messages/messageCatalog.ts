import type { ErrorType } from '../ApiError.js'
import type { ErrorKind } from '../errorKinds.js'
import { own } from '../utils/own.js'
import { defaultCodeMessages, defaultKindMessages } from './defaultMessages.js'

/** What a message resolver may look at to choose a user message. */
export interface MessageInput {
  /** The error's `domain/name` code. */
  code: string
  /** The part of the code before the slash. */
  domain: string
  /** The error's kind. */
  kind: ErrorKind
  /** Who can fix it: `user` errors are the ones worth explaining. */
  type: ErrorType
  /** The HTTP status, 0 when there is none. */
  status: number
  /** Server text that its format promises is written for end users, if any. */
  serverUserMessage: string | undefined
}

/** Messages by code, by domain and by kind, plus the last resort. Every part is optional. */
export interface MessageCatalog {
  /** Messages per `domain/name` code. @default the English messages of the codes a user can act on */
  codes?: Record<string, string>
  /** Messages per domain (`auth`, `data`...), used when no code message fits. @default {} */
  domains?: Record<string, string>
  /** Messages per kind. @default English messages for every kind */
  kinds?: Partial<Record<ErrorKind, string>>
  /** The message when nothing else fits. @default the kind's English message */
  fallback?: string
  /** Titles of page-level errors per kind (`ErrorBanner`'s heading). @default `errorTitles`, in English */
  titles?: Partial<Record<ErrorKind, string>>
}

/** A function that picks the user message; return `undefined` to fall back to the catalog. */
export type MessageResolver = (input: MessageInput) => string | undefined

let active: MessageCatalog | MessageResolver = {}

/**
 * Replaces the user messages (for translation or tone). Pass a catalog, merged over the English
 * defaults, or a function tried before them. Returns a function that restores the previous setting.
 *
 * @example
 * setMessages({ kinds: { network: 'Sin conexión.' }, codes: { 'auth/invalid-credentials': 'Datos incorrectos.' } })
 */
export function setMessages(messages: MessageCatalog | MessageResolver): () => void {
  const previous = active
  active = messages
  return () => {
    active = previous
  }
}

/** Only non-empty text is a message; anything else falls through to the next source. */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * Chooses the message an end user sees: a message for the code, then server text written for
 * users (specific beats generic), then a message for the domain, then for the kind, then the
 * fallback. Server text not promised to be user-facing is never used. `messages` (one
 * request's or one provider's catalog) replaces the one `setMessages` set, over the same
 * English defaults.
 *
 * @example
 * resolveUserMessage({ ...input, serverUserMessage: undefined }, frenchCatalog)
 */
export function resolveUserMessage(
  input: MessageInput,
  messages: MessageCatalog | MessageResolver = active,
): string {
  let custom: unknown
  try {
    custom = typeof messages === 'function' ? messages(input) : undefined
  } catch {
    // A broken resolver must not break error handling: the catalog answers instead.
  }
  const catalog = (typeof messages === 'function' ? undefined : messages) ?? {}
  return (
    text(custom) ??
    text(own(catalog.codes, input.code)) ??
    own(defaultCodeMessages, input.code) ??
    text(input.serverUserMessage) ??
    text(own(catalog.domains, input.domain)) ??
    text(catalog.kinds?.[input.kind]) ??
    text(catalog.fallback) ??
    defaultKindMessages[input.kind]
  )
}
