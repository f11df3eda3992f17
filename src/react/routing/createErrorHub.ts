import type { ApiError } from '../../core/ApiError.js'
import { decodeError } from '../../core/decode/decodeError.js'
import { callEach } from '../../core/utils/callEach.js'
import type { Channel, ErrorNotice, RouteContext } from './channels.js'
import { errorKey } from './errorKey.js'
import { mayRetrySucceed } from './mayRetrySucceed.js'
import { routeError } from './routeError.js'

/** What each channel does with a notice; missing channels only update the hub's state. */
export type ChannelHandlers = Partial<Record<Channel, (notice: ErrorNotice) => void>> & {
  /**
   * The user's session is over (a sign-out, or a session end, just before its notice): take back
   * what these handlers still show of the old user, such as a toast whose Try again would act as
   * the next user to sign in.
   */
  forget?: () => void
}

/** Options of {@link createErrorHub}. */
export interface ErrorHubOptions {
  /** Replaces the default routing; return `undefined` to use it. @default routeError */
  route?: (error: ApiError, context: RouteContext) => Channel | undefined
  /** Handlers per channel (a toast function, a sign-in redirect...). @default {} */
  channels?: ChannelHandlers
  /** Repeats of the same error within this window are merged into one notice. @default 3000 */
  mergeWindowMs?: number
}

/**
 * The one place errors go: it routes each error to one channel, merges repeats, keeps the
 * page-level error (banner or countdown) for `useApiError()`, and makes sure a session that
 * ended is announced once. Framework-free: query caches and plain modules can call `route`.
 */
export interface ErrorHub {
  /**
   * Decodes, routes and dispatches an error; returns its notice (`undefined` when silent, or a
   * session end already announced). Until `resetSession`, a query's 401 after the session ended
   * or the user signed out is silent by default: the user was already sent to sign in.
   */
  route(error: unknown, context?: RouteContext): ErrorNotice | undefined
  /**
   * The page-level error (banner or countdown) on show, if any: the latest one not dismissed. A
   * later one covers it rather than ending it, so it is on show again when that one goes.
   */
  getPageError(): ErrorNotice | undefined
  /**
   * The user closes a page-level notice: with `id`, that notice and the older ones it covers (the
   * user saw each when it arrived); without, every page-level notice. A dismissed notice does not
   * come back, and no covered one takes its place: the banner the user closed stays closed.
   */
  dismiss(id?: string): void
  /**
   * What a page-level notice reported is over (its query succeeded, or no component on screen
   * watches it any more): that notice goes, and a notice it covered is on show again.
   */
  resolve(id: string): void
  /** Calls `listener` when the page-level error changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Replaces the hub's own channel handlers (those given to `createErrorHub`). */
  setChannels(channels: ChannelHandlers): void
  /**
   * Puts handlers over the hub's own until the returned function removes them (each
   * `ApiErrorProvider` does this while mounted). A notice goes to the handler of its channel in
   * the most recently attached set that has one, else to the hub's own.
   */
  attachChannels(channels: ChannelHandlers): () => void
  /** Allows the next session expiry to be announced again (after the user signed back in). */
  resetSession(): void
  /**
   * Calls `listener` with the notice of each session end, after the `session` channel's handler,
   * whichever that is; returns the unsubscribe function. `ApiErrorProvider`'s `onSessionExpired`
   * listens here.
   */
  onSessionEnd(listener: (notice: ErrorNotice) => void): () => void
  /**
   * The user signed out (the app's own `api.tokens.clear()`, which `ApiErrorProvider` hears from
   * its client): forgets the old user's page-level errors (its listeners hear of it if the one on
   * show goes) and the notices repeats would merge into, calls the channels' `forget` (the old
   * user's toasts go) and every `onSignOut` listener.
   * Nothing is announced, and until `resetSession` (the next sign-in) neither a query's 401 nor
   * a session end is.
   */
  signOut(): void
  /**
   * Calls `listener` at each `signOut()`; returns the unsubscribe function. `createQueryClient`
   * empties the query cache here. What a listener throws is reported as an unhandled rejection
   * and stops none of the others.
   */
  onSignOut(listener: () => void): () => void
}

const MAX_PAGES = 5

const keyOf = (error: ApiError, channel: Channel) => `${channel}|${errorKey(error)}`

/** Creates an {@link ErrorHub}. */
export function createErrorHub(options: ErrorHubOptions = {}): ErrorHub {
  const mergeWindowMs = options.mergeWindowMs ?? 3000
  let handlers: ChannelHandlers = options.channels ?? {}
  const attached: { handlers: ChannelHandlers }[] = []
  const handlerOf = (channel: Channel) => {
    for (let index = attached.length - 1; index >= 0; index--) {
      const handler = attached[index]!.handlers[channel]
      if (handler) return handler
    }
    return handlers[channel]
  }
  // The page-level notices, the one on show last. A few are kept: a banner of a query that still
  // has no data must come back when a later error's banner goes (that query recovered, or Dismiss).
  let pages: ErrorNotice[] = []
  let sessionEnded = false
  let sequence = 0
  const recent = new Map<string, { notice: ErrorNotice; at: number }>()
  const listeners = new Set<() => void>()
  const sessionListeners = new Set<(notice: ErrorNotice) => void>()
  const signOutListeners = new Set<() => void>()
  const emit = () => {
    for (const listener of [...listeners]) listener()
  }
  // Every set of handlers, own or attached, shows notices of its own.
  const forgetShown = () =>
    callEach(
      [handlers, ...attached.map((entry) => entry.handlers)].map((set) => set.forget),
      undefined,
    )

  return {
    route(input, context = {}) {
      const error = decodeError(input)
      const override = context.meta?.errorChannel
      // Once the session ended, queries refetched (on focus, on an interval) fail with a 401 for
      // want of tokens: the same news as the session end the user was already sent to sign in for.
      const afterSessionEnd = sessionEnded && context.source === 'query' && error.status === 401
      const channel =
        (typeof override === 'function' ? override(error) : override) ??
        options.route?.(error, context) ??
        (afterSessionEnd ? 'silent' : routeError(error, context))
      if (channel === 'silent') return undefined
      if (channel === 'session') {
        // Every request waiting on a failed refresh rejects with the same error: announce it once.
        if (sessionEnded) return undefined
        sessionEnded = true
        forgetShown()
      }
      const key = keyOf(error, channel)
      const now = Date.now()
      const previous = recent.get(key)
      const elapsed = previous === undefined ? Infinity : now - previous.at
      // A clock set back gives a negative elapsed time: start afresh rather than merge for hours.
      const merged = previous !== undefined && elapsed >= 0 && elapsed < mergeWindowMs
      const notice: ErrorNotice = {
        id: merged ? previous.notice.id : `aek-${++sequence}`,
        error,
        channel,
        count: merged ? previous.notice.count + 1 : 1,
        source: context.source ?? 'other',
        // A refusal (403, 404, a validation error) answers the same again: no Try again for it.
        retry: context.retry && mayRetrySucceed(error) ? context.retry : undefined,
      }
      recent.set(key, { notice, at: now })
      if (recent.size > 50) recent.delete(recent.keys().next().value!)
      if (channel === 'banner' || channel === 'countdown') {
        pages = [...pages.filter((shown) => shown.id !== notice.id), notice].slice(-MAX_PAGES)
        emit()
      }
      handlerOf(channel)?.(notice)
      if (channel === 'session') for (const listener of [...sessionListeners]) listener(notice)
      return notice
    },
    getPageError: () => pages.at(-1),
    dismiss(id) {
      const index = id === undefined ? pages.length - 1 : pages.findIndex((page) => page.id === id)
      if (index === -1) return
      const shown = pages.at(-1)
      pages = pages.slice(index + 1)
      if (pages.at(-1) !== shown) emit()
    },
    resolve(id) {
      const shown = pages.at(-1)
      pages = pages.filter((notice) => notice.id !== id)
      if (pages.at(-1) !== shown) emit()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setChannels(next) {
      handlers = next
    },
    attachChannels(next) {
      // An entry of its own, so the same handlers attached twice are removed once per call.
      const entry = { handlers: next }
      attached.push(entry)
      return () => {
        const index = attached.indexOf(entry)
        if (index !== -1) attached.splice(index, 1)
      }
    },
    resetSession() {
      sessionEnded = false
    },
    onSessionEnd(listener) {
      sessionListeners.add(listener)
      return () => sessionListeners.delete(listener)
    },
    signOut() {
      // Over as an end is, unannounced: a query's 401 without a token stays quiet, and so does a
      // refresh refused after it, until new tokens come (`resetSession`).
      sessionEnded = true
      recent.clear()
      forgetShown()
      const shown = pages.at(-1)
      pages = []
      if (shown) emit()
      callEach(signOutListeners, undefined)
    },
    onSignOut(listener) {
      signOutListeners.add(listener)
      return () => signOutListeners.delete(listener)
    },
  }
}
