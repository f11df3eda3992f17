import type { ApiError } from '../../core/ApiError.js'

/** The places an error can be shown; each error goes to exactly one. */
export const channels = ['field', 'banner', 'toast', 'countdown', 'session', 'silent'] as const

/** Where an error is shown: on form fields, in a page banner, a toast, a 429 countdown, the sign-in flow, or nowhere. */
export type Channel = (typeof channels)[number]

/** What the router knows about where an error came from. */
export interface RouteContext {
  /** A query (reading data) or a mutation (changing data); `other` for errors raised by hand. @default 'other' */
  source?: 'query' | 'mutation' | 'other'
  /** True when the query still has data on screen (a failed refetch). @default false */
  hasData?: boolean
  /** True when a form is attached to take field errors. @default false */
  hasForm?: boolean
  /** Per-call overrides: `{ errorChannel: 'toast' }` or a function of the error. */
  meta?: RouteMeta | undefined
  /** What a Try again button should do; the notice keeps it only where `mayRetrySucceed` says another attempt may work. */
  retry?: (() => void) | undefined
}

/** Routing overrides carried in a query's or mutation's `meta`. */
export interface RouteMeta {
  /** The channel for this call's errors, or a function that picks it (return `undefined` for the default). */
  errorChannel?: Channel | ((error: ApiError) => Channel | undefined)
  [key: string]: unknown
}

/** A routed error, as the channels and `useApiError()` see it. */
export interface ErrorNotice {
  /** Stable for merged repeats: the same error within the merge window keeps its id. */
  readonly id: string
  /** The decoded error; show its `userMessage`. */
  readonly error: ApiError
  /** Where the routing sent it. */
  readonly channel: Channel
  /** How many times this error arrived within the merge window. */
  readonly count: number
  /** What reported it: a query, a mutation, or the app itself. */
  readonly source: 'query' | 'mutation' | 'other'
  /** Retries the failed call: only where another attempt may succeed (`mayRetrySucceed`), never for a 403, a 404 or a validation error. */
  readonly retry: (() => void) | undefined
}
