import type { FieldError, MultipleFieldErrors } from 'react-hook-form'

/** The `type` of every error this layer sets; tell server errors from client ones with it. */
export const SERVER_ERROR_TYPE = 'server'

/** The root error that holds form-level messages and those for fields the form does not have. */
export const ROOT_SERVER_ERROR = 'root.server'

/**
 * Builds a react-hook-form error from a server's messages: `message` is all of them joined
 * with a space, and `types` holds each one in order under `server`, `server-1`, `server-2`...
 */
export function toServerFieldError(messages: readonly string[]): {
  type: string
  message: string
  types: MultipleFieldErrors
} {
  const types: MultipleFieldErrors = {}
  messages.forEach((message, index) => {
    types[index === 0 ? SERVER_ERROR_TYPE : `${SERVER_ERROR_TYPE}-${index}`] = message
  })
  return { type: SERVER_ERROR_TYPE, message: messages.join(' '), types }
}

/**
 * Every message of a field error, in order: the separate server messages kept in `types`, or
 * the one `message` of any other error. Use it to render server messages as a list.
 *
 * @example
 * serverMessages(form.formState.errors.email) // ['Is taken.', 'Is too long.']
 */
export function serverMessages(
  error: Pick<FieldError, 'type' | 'message' | 'types'> | undefined,
): string[] {
  if (!error) return []
  if (error.type === SERVER_ERROR_TYPE && error.types) {
    const list: string[] = []
    for (let index = 0; ; index++) {
      const value = error.types[index === 0 ? SERVER_ERROR_TYPE : `${SERVER_ERROR_TYPE}-${index}`]
      if (typeof value !== 'string') break
      list.push(value)
    }
    if (list.length > 0) return list
  }
  return typeof error.message === 'string' && error.message !== '' ? [error.message] : []
}

/** The messages worth showing: blank ones (possible in an ApiError built by hand) are left out. */
export function usableMessages(messages: readonly unknown[]): string[] {
  return Array.isArray(messages)
    ? messages.filter((m): m is string => typeof m === 'string' && m.trim() !== '')
    : []
}
