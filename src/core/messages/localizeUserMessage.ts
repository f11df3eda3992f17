import type { ApiError } from '../ApiError.js'
import { resolveUserMessage, type MessageCatalog, type MessageResolver } from './messageCatalog.js'

/**
 * An error's user message in the language of `messages`, chosen where it is shown rather than
 * when it was decoded, so one server can render two requests in two languages at once. A
 * message that came from a catalog (the English defaults, or `setMessages`') is chosen again
 * from `messages`; the server's own text for users, and a message an app set by hand, stay as
 * they are. Without `messages` it is `error.userMessage`.
 *
 * @example
 * localizeUserMessage(error, await import(`./messages/${locale}.js`).then((m) => m.default))
 */
export function localizeUserMessage(
  error: ApiError,
  messages: MessageCatalog | MessageResolver | undefined,
): string {
  if (messages === undefined) return error.userMessage
  const { code, domain, kind, type, status, userMessage } = error
  const input = { code, domain, kind, type, status, serverUserMessage: undefined }
  const fromCatalog =
    userMessage === resolveUserMessage(input, {}) || userMessage === resolveUserMessage(input)
  return fromCatalog ? resolveUserMessage(input, messages) : userMessage
}
