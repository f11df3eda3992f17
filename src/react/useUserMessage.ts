'use client'

import { useContext } from 'react'
import type { ApiError } from '../core/ApiError.js'
import { localizeUserMessage } from '../core/messages/localizeUserMessage.js'
import { ApiErrorContext } from './ApiErrorContext.js'

/**
 * The user message of `error` in the language of the nearest `ApiErrorProvider`'s `messages`
 * (see `localizeUserMessage`); its `userMessage` outside a provider or without messages. It
 * renders the same on the server and in the browser, so each request has its own language.
 *
 * @example
 * function Notice({ error }: { error: ApiError }) {
 *   return <p role="alert">{useUserMessage(error)}</p>
 * }
 */
export function useUserMessage(error: ApiError): string
export function useUserMessage(error: ApiError | null | undefined): string | undefined
export function useUserMessage(error: ApiError | null | undefined): string | undefined {
  const messages = useContext(ApiErrorContext)?.messages
  return error ? localizeUserMessage(error, messages) : undefined
}
