'use client'

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ApiClient } from '../core/client/types.js'
import {
  setMessages,
  type MessageCatalog,
  type MessageResolver,
} from '../core/messages/messageCatalog.js'
import { ApiErrorContext } from './ApiErrorContext.js'
import { channels as channelNames, type ErrorNotice } from './routing/channels.js'
import { createErrorHub, type ChannelHandlers, type ErrorHub } from './routing/createErrorHub.js'

/** Props of {@link ApiErrorProvider}. */
export interface ApiErrorProviderProps {
  /**
   * The client `useApiClient()`, `useApiQuery` and `useApiMutation` use. The provider hears its
   * session ends (`onSessionEnd`) and the app's sign-outs (`onSignOut`, then `hub.signOut()`).
   * @default none: `useApiClient()` throws
   */
  client?: ApiClient
  /** The error hub; pass the one given to `createQueryClient` so both share it. @default a new hub */
  hub?: ErrorHub
  /** What each channel does: pass `uiChannels` from `api-error-kit/ui`, or your own handlers. @default the handlers the hub already has */
  channels?: ChannelHandlers
  /**
   * Called once each time the session ends: the client's own `onSessionEnd` (a refused or failed
   * refresh, a 401 no refresh can fix, a sign-out in another tab), or an error that ended it
   * reported to the hub. The session channel has told the user why by then (`uiChannels`' toast),
   * and the query client has dropped the user's data. Send the user to sign in here, or with
   * `useSessionExpired` inside a router. @default none
   */
  onSessionExpired?: (notice: ErrorNotice) => void
  /**
   * User messages laid over the English defaults (a catalog), or asked first (a function). The
   * components below show errors with them, on the server too, so each request (or provider)
   * has its own language; in the browser they also become the messages `setMessages` sets.
   * Pass a stable value: a catalog object loaded once per locale.
   * @default the English defaults
   */
  messages?: MessageCatalog | MessageResolver
  /** The app, or the part of it whose errors this provider routes. */
  children?: ReactNode
}

/**
 * Holds the API client, the message catalog and the error hub for the app. Errors routed
 * through it re-render only the components that read them.
 *
 * @example
 * const hub = createErrorHub()
 * <ApiErrorProvider client={api} hub={hub} channels={uiChannels} onSessionExpired={() => navigate('/sign-in')}>
 *   <QueryClientProvider client={createQueryClient({ hub })}><App /></QueryClientProvider>
 * </ApiErrorProvider>
 */
export function ApiErrorProvider({
  client,
  hub: givenHub,
  channels,
  onSessionExpired,
  messages,
  children,
}: ApiErrorProviderProps) {
  const [ownHub] = useState(() => givenHub ?? createErrorHub())
  const hub = givenHub ?? ownHub
  const latest = useRef({ channels, onSessionExpired })
  latest.current = { channels, onSessionExpired }

  useEffect(() => {
    // Handlers read the latest props, so new inline functions never re-subscribe anything; a
    // channel the props leave out falls through to the hub's own handler.
    const layer: ChannelHandlers = {}
    for (const key of [...channelNames, 'forget'] as const) {
      Object.defineProperty(layer, key, {
        enumerable: true,
        get: () => latest.current.channels?.[key],
      })
    }
    const detach = hub.attachChannels(layer)
    // A listener, not a session handler: the hub's own session handler still runs.
    const stopListening = hub.onSessionEnd((notice) => latest.current.onSessionExpired?.(notice))
    return () => {
      detach()
      stopListening()
    }
  }, [hub])

  useEffect(() => (messages ? setMessages(messages) : undefined), [messages])

  useEffect(() => {
    if (!client) return undefined
    const stopWatchingTokens = client.tokens?.subscribe((tokens) => {
      if (tokens) hub.resetSession()
    })
    // Heard from the client itself, whatever the screen does meanwhile: the protected page
    // unmounting, TanStack cancelling its fetches and reverting them. The hub announces it once
    // (the requests that fail with it are quiet), empties the query cache and calls
    // onSessionExpired.
    const stopHearingEnds = client.onSessionEnd((error) =>
      hub.route(error, { source: 'other', meta: { errorChannel: 'session' } }),
    )
    // The app signed out in this tab (`api.tokens.clear()`): announced nowhere, but the old
    // user's page errors and (through the hub) the query cache go before the next user signs in.
    const stopHearingSignOuts = client.onSignOut(() => hub.signOut())
    return () => {
      stopWatchingTokens?.()
      stopHearingEnds()
      stopHearingSignOuts()
    }
  }, [client, hub])

  const value = useMemo(() => ({ client, hub, messages }), [client, hub, messages])
  return <ApiErrorContext.Provider value={value}>{children}</ApiErrorContext.Provider>
}
