import type { ApiError } from '../core/ApiError.js'

/**
 * Formats whose top-level message is written for the person who typed the values: bkend's
 * `error.message` on the codes that name a field ("Password must be at least 8 characters
 * long."), Backstack's `message` on `user` errors (its docs: "always suitable for user
 * feedback"). Problem details' `detail` is not: RFC 9457 writes it for the client's developer
 * and frameworks fill it with debugging text; its `errors[].detail`, like every format's field
 * messages, already lands on its field as the server wrote it.
 */
const WRITTEN_FOR_USERS: ReadonlySet<string> = new Set(['bkend', 'backstack'])

/** Errors about what the user typed; the others keep the catalog's words. */
const ABOUT_INPUT: ReadonlySet<string> = new Set(['validation', 'conflict'])

const MAX_LENGTH = 200

/**
 * True for text that reads as a sentence for a person: a capital first, a full stop (or `!`,
 * `?`) last, one line, no markup or JSON. bkend's docs print terse labels for its codes
 * ("Password policy violation"): those say less than our catalog and are not used.
 */
function isSentence(text: string): boolean {
  if (text.length < 2 || text.length > MAX_LENGTH) return false
  const first = text[0]!
  if (first === first.toLowerCase()) return false
  if (!'.!?'.includes(text[text.length - 1]!)) return false
  for (const character of '\n{}<>') if (text.includes(character)) return false
  return true
}

/**
 * The message a code's field shows: the server's own words where its format writes them for
 * users and they are a sentence, on validation and conflict errors the user can fix
 * (specific beats generic); else the error's `userMessage` from the catalog. Internal and
 * system errors never get here: only `type: 'user'` errors reach a form.
 *
 * @example
 * // bkend: { code: 'auth/invalid-password-format', message: 'Password must be at least 8 characters long.' }
 * codeFieldMessage(error) // 'Password must be at least 8 characters long.'
 */
export function codeFieldMessage(error: ApiError): string {
  const text = typeof error.message === 'string' ? error.message.trim() : ''
  return error.type === 'user' &&
    WRITTEN_FOR_USERS.has(error.format) &&
    ABOUT_INPUT.has(error.kind) &&
    isSentence(text)
    ? text
    : error.userMessage
}
