import {
  isCancelledError,
  MutationCache,
  QueryCache,
  QueryClient,
  type DefaultOptions,
  type QueryClientConfig,
} from '@tanstack/react-query'
import type { ErrorHub } from '../react/routing/createErrorHub.js'
import type { RouteMeta } from '../react/routing/channels.js'
import { isApiError } from '../core/isApiError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { apiQueryRetry } from './apiQueryRetry.js'
import { retryQuery } from './retryQuery.js'
import { reviveApiError } from './reviveApiError.js'
import { boundaryMeta } from './boundaryMeta.js'
import { clearSession } from './clearSession.js'
import { createRecoveryTracker } from './createRecoveryTracker.js'
import { createRepeatGuard } from './createRepeatGuard.js'
import { followMutationsOnScreen, mutationKey } from './followMutationsOnScreen.js'
import { mutationThrowsToBoundary } from './mutationThrowsToBoundary.js'
import { FORM_META_KEY, type ServerErrorTarget } from './serverErrorTarget.js'
import { selectingApiErrors } from './selectingApiErrors.js'
import { throwingApiErrors } from './throwingApiErrors.js'
import { throwsToBoundary } from './throwsToBoundary.js'

/** Options of {@link createQueryClient}. */
export interface CreateQueryClientOptions {
  /** The hub every query and mutation error is routed to; give the same one to `ApiErrorProvider`. */
  hub: ErrorHub
  /** More TanStack Query config; its `defaultOptions` are merged over ours. @default {} */
  config?: Omit<QueryClientConfig, 'queryCache' | 'mutationCache'>
  /**
   * Empties the cache when the hub hears of a session end or sign-out: a session that ended (from
   * the client, through `ApiErrorProvider`, or from a failed request) or the app's own sign-out
   * (`api.tokens.clear()`, heard through `ApiErrorProvider`, or `hub.signOut()`). No query or
   * mutation of the signed-out user is left, and components still on screen drop its data
   * instead of showing it to the next one.
   * @default true
   */
  clearOnSessionEnd?: boolean
}

/** Our retries under the app's defaults: the app's `retry` wins where it sets one. */
const withApiDefaults = (defaults: DefaultOptions = {}): DefaultOptions => ({
  ...defaults,
  queries: { retry: apiQueryRetry, ...defaults.queries },
  mutations: { retry: false, ...defaults.mutations },
})

/**
 * A TanStack `QueryClient` whose caches route every query and mutation error to the error hub
 * (a mutation's own `onError` cannot silence that), with a `retry` that never multiplies the
 * client's retries (see `apiQueryRetry`). That `retry` stays under defaults set later with
 * `setDefaultOptions`, unless they set a `retry` of their own. A query's banner or countdown is
 * taken away once the query (and any other merged into the same notice) succeeds or leaves the
 * cache, or once no component on screen watches it any more (the user left its page); a
 * mutation's banner goes the same ways (it succeeds when tried again, its form unmounts). The same failure of a query again, with no success in between (a poll, a refetch on
 * focus), is not announced again. A failed query hydrated from a server (`hydrate`,
 * `HydrationBoundary`) gets its error back as an `ApiError`.
 *
 * @example
 * const hub = createErrorHub()
 * const queryClient = createQueryClient({ hub })
 */
export function createQueryClient({
  hub,
  config = {},
  clearOnSessionEnd = true,
}: CreateQueryClientOptions): QueryClient {
  const recovery = createRecoveryTracker(hub)
  const repeats = createRepeatGuard()
  const queryClient: QueryClient = new QueryClient({
    ...config,
    queryCache: new QueryCache({
      onError(error, query) {
        if (isCancelledError(error)) return
        const meta = query.meta as RouteMeta | undefined
        // A fetch no component watches (prefetchQuery, fetchQuery, ensureQueryData in a loader)
        // is shown by whoever reads it: fetchQuery's caller gets the rejection, and a component
        // that mounts later throws the cached error to its boundary or refetches it.
        const shownElsewhere =
          query.observers.length === 0 || throwsToBoundary(query as never, error)
        if (!shownElsewhere && repeats.isRepeat(query.queryHash, decodeError(error))) return
        const notice = hub.route(error, {
          source: 'query',
          hasData: query.state.data !== undefined,
          meta: shownElsewhere ? boundaryMeta(meta) : meta,
          retry: () => {
            // Asked for by the user: a failure again is news to them.
            repeats.forget(query.queryHash)
            retryQuery(queryClient, query)
          },
        })
        recovery.failed(query.queryHash, notice)
      },
      onSuccess(_data, query) {
        repeats.forget(query.queryHash)
        recovery.succeeded(query.queryHash)
      },
    }),
    mutationCache: new MutationCache({
      onError(error, variables, _result, mutation) {
        const meta = mutation.meta as
          (RouteMeta & { [FORM_META_KEY]?: ServerErrorTarget }) | undefined
        const form = meta?.[FORM_META_KEY]
        const notice = hub.route(error, {
          source: 'mutation',
          hasForm: form !== undefined,
          meta: mutationThrowsToBoundary(mutation, error) ? boundaryMeta(meta) : meta,
          // Not once the cache let it go (the session is over): it would act as the next user.
          retry: () => {
            const cached: readonly unknown[] = queryClient.getMutationCache().getAll()
            if (cached.includes(mutation)) void mutation.execute(variables).catch(() => {})
          },
        })
        recovery.failed(mutationKey(mutation), notice)
        if (notice?.channel !== 'field' || !form) return
        const applied = form.apply(notice.error) as { handled?: boolean } | undefined
        // Nothing could be put on the form: show it as a toast rather than lose it.
        if (applied?.handled === false)
          hub.route(notice.error, { source: 'mutation', meta: { errorChannel: 'toast' } })
      },
      onSuccess(_data, _variables, _result, mutation) {
        recovery.succeeded(mutationKey(mutation))
      },
    }),
    defaultOptions: withApiDefaults(config.defaultOptions),
  })
  followMutationsOnScreen(queryClient.getMutationCache(), recovery)
  queryClient.getQueryCache().subscribe((event) => {
    const { query } = event
    if (event.type === 'removed') recovery.gone(query.queryHash)
    // The last component that showed the query unmounted: its banner belongs to a page that has
    // gone. Checked a microtask later, once React has mounted whatever replaces it in the same
    // commit (a list that hands the query to another component keeps the banner).
    if (event.type === 'observerRemoved' && query.observers.length === 0) {
      queueMicrotask(() => {
        const current = queryClient.getQueryCache().get(query.queryHash)
        if (current === query && query.observers.length === 0) recovery.gone(query.queryHash)
      })
    }
    // A query no component shows any more: whoever mounts it next is told of its failure afresh.
    if (event.type === 'removed' || query.observers.length === 0) repeats.forget(query.queryHash)
    // hydrate() builds or sets the state a server sent, where an ApiError is only its JSON by now.
    const hydrated =
      event.type === 'added' || (event.type === 'updated' && event.action.type === 'setState')
    const { error } = query.state
    if (hydrated && error != null && !isApiError(error))
      query.setState({ ...query.state, error: reviveApiError(error) })
  })
  if (clearOnSessionEnd) {
    hub.onSessionEnd(() => clearSession(queryClient))
    hub.onSignOut(() => clearSession(queryClient))
  }
  // setDefaultOptions replaces every default: without ours beneath, TanStack's three retries
  // would run on top of the client's own.
  const setDefaultOptions = queryClient.setDefaultOptions.bind(queryClient)
  queryClient.setDefaultOptions = (options) => setDefaultOptions(withApiDefaults(options))
  // Every query and mutation function (and select) throws ApiErrors, so `error` is what Register
  // promises even when a function of the app's own throws a plain Error.
  const defaultQueryOptions = queryClient.defaultQueryOptions.bind(queryClient)
  queryClient.defaultQueryOptions = ((options) => {
    const defaulted = defaultQueryOptions(options)
    const { queryFn, select } = defaulted
    const decoding = typeof queryFn === 'function' ? throwingApiErrors(queryFn) : queryFn
    const decodingSelect = select && selectingApiErrors(select)
    return decoding === queryFn && decodingSelect === select
      ? defaulted
      : { ...defaulted, queryFn: decoding, select: decodingSelect }
  }) as typeof queryClient.defaultQueryOptions
  const defaultMutationOptions = queryClient.defaultMutationOptions.bind(queryClient)
  queryClient.defaultMutationOptions = ((options) => {
    const defaulted = defaultMutationOptions(options)
    const { mutationFn } = defaulted
    const decoding = mutationFn && throwingApiErrors(mutationFn)
    return decoding === mutationFn ? defaulted : { ...defaulted, mutationFn: decoding }
  }) as typeof queryClient.defaultMutationOptions
  return queryClient
}
