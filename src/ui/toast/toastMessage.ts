import { decodeThrown, isErrorLike } from '../../core/decode/decodeThrown.js'
import { isApiError } from '../../core/isApiError.js'
import { resolveUserMessage } from '../../core/messages/messageCatalog.js'

/**
 * The text a toast shows for what it was given: an `ApiError`'s `userMessage`, a string as it
 * is, and for anything thrown the user message of its kind (fetch's network failure, a timeout,
 * an abort; the unknown-error message for the rest). A thrown value's own text may be server or
 * stack text, so it is never shown. Thrown values are read as the client's `decodeError` reads
 * them, without the body decoders, which the ui entry leaves out for its size.
 */
export function toastMessage(content: unknown): string {
  if (isApiError(content)) return content.userMessage
  if (typeof content === 'string') return content
  const { kind, code } = isErrorLike(content)
    ? decodeThrown(content)
    : { kind: 'unknown' as const, code: 'client/error' }
  return resolveUserMessage({
    code,
    domain: code.split('/')[0]!,
    kind,
    type: 'system',
    status: 0,
    serverUserMessage: undefined,
  })
}
