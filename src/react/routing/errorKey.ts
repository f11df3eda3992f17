import type { ApiError } from '../../core/ApiError.js'

/** What makes two errors "the same error" for merging and repeats: code, status and user message. */
export const errorKey = (error: ApiError): string =>
  `${error.code}|${error.status}|${error.userMessage}`
