import { ApiError } from '../ApiError.js'
import { decodeError } from '../decode/decodeError.js'
import { decodeResponseWith } from '../decode/decodeResponse.js'
import type { Decode } from '../decode/types.js'
import { abortReason, sleep } from '../utils/abortable.js'
import { randomUuid } from '../utils/randomUuid.js'
import { addStack, withoutStack } from '../utils/withoutStack.js'
import { assertNoSecretKey } from './assertNoSecretKey.js'
import { createClientCoordinator } from './auth/createClientCoordinator.js'
import { isTokenRefused } from './auth/isTokenRefused.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { readJwtExpiry } from './auth/readJwtExpiry.js'
import { buildUrl } from './buildUrl.js'
import { checkClientOptions, checkRequestOptions } from './checkClientOptions.js'
import { clientError } from './clientError.js'
import { createClientFetch, discard, type PassThrough } from './createClientFetch.js'
import { createDeadlineWatch } from './createDeadlineWatch.js'
import { fetchWithinOrigins } from './fetchWithinOrigins.js'
import { markHandledByClient } from './handledByClient.js'
import { rateLimitedError } from './retry/rateLimitedError.js'
import { runsInBrowser } from './runsInBrowser.js'
import { toOrigins } from './toOrigins.js'
import { parseSuccess } from './parseSuccess.js'
import { prepareBody } from './prepareBody.js'
import { createCooldownStore } from './retry/cooldowns.js'
import { createReleasePacer, jitterWait, startCooldown } from './retry/spreadWait.js'
import { backoffDelay, isRetryable, retryPolicy } from './retry/retryPolicy.js'
import type { ApiClient, ApiClientOptions, RequestOptions } from './types.js'

/**
 * Creates the fetch client: JSON in and out, every failure thrown as an `ApiError`, an expired
 * access token refreshed exactly once (also across tabs) with the failed requests replayed,
 * `Retry-After` honoured once per rate-limit scope, and retries only where they are safe.
 *
 * @example
 * const api = createApiClient({
 *   baseUrl: 'https://api.example.com',
 *   headers: { 'X-API-Key': 'pk_live_...' },
 *   auth: { store: localStorageTokenStore(), refresh: ({ refreshToken }) => callRefresh(refreshToken) },
 * })
 * const posts = await api.get<Post[]>('/v1/data/posts')
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  checkClientOptions(options)
  const origins = toOrigins([options.baseUrl, ...(options.trustedOrigins ?? [])])
  const decode: Decode = options.decode ?? decodeError
  // A 401 that only triggers a refresh is read by the client alone: no stack trace for it.
  const decodeInternal: Decode = (input, context) => withoutStack(() => decode(input, context))
  // Work done once per client rather than once per request: the hot path stays close to fetch.
  const clientPolicy = retryPolicy(options.retry)
  const rateLimits = options.rateLimits ?? createCooldownStore()
  const pace = createReleasePacer()
  // Lower-cased once, so a request's own headers replace them whatever their case.
  const defaultHeaders = Object.fromEntries(new Headers(options.headers))
  assertNoSecretKey(defaultHeaders)
  const watchDeadline = createDeadlineWatch()
  const inBrowser = runsInBrowser()
  // The token the last refresh ahead gave: it is not refreshed ahead again, even when it looks
  // close to expiry (it lives less than refreshBeforeExpiryMs, or the clocks disagree).
  let refreshedAhead: string | undefined
  const auth = options.auth
  const store = auth ? (auth.store ?? memoryTokenStore()) : undefined
  const shouldRefresh =
    auth?.shouldRefresh ?? ((error: ApiError) => error.code === 'auth/access-token-expired')
  const endsSessionOn = auth?.endsSessionOn ?? isTokenRefused
  const coordinator =
    auth && store ? createClientCoordinator(auth, store, options.baseUrl) : undefined

  async function send<T>(
    method: string,
    path: string,
    init: RequestOptions,
    rawBody: unknown,
    passThrough?: PassThrough,
  ): Promise<T> {
    // Read synchronously: a request made by the app's own refresh function must not wait for it.
    const fromRefresh = passThrough?.fromRefresh ?? coordinator?.insideRefresh ?? false
    // `method` and `body` in `rest` are overwritten below.
    const {
      headers: ownHeaders,
      query,
      timeoutMs,
      retry,
      responseType = 'json',
      unwrap,
      signal: userSignal,
      ...rest
    } = init
    assertNoSecretKey(ownHeaders)
    const url = buildUrl(options.baseUrl, path, query)
    const context = { method, url: url.href }
    // URL#origin is computed on each read: read once for the trust check and the default scope.
    const origin = url.origin
    const trusted = origins.has(origin)
    const useAuth = coordinator !== undefined && init.auth !== false && !fromRefresh && trusted
    if (retry !== undefined || timeoutMs !== undefined) checkRequestOptions(retry, timeoutMs)
    const policy = retry === undefined ? clientPolicy : retryPolicy(retry)
    const prepared = prepareBody(rawBody)
    // A plain record, not a Headers object: fetch copies a record faster than it iterates Headers.
    const headers: Record<string, string> = trusted ? { ...defaultHeaders } : {}
    // A form or a typed Blob goes with the type fetch writes for it, not a client-wide one.
    if (prepared.contentType === null) delete headers['content-type']
    else if (prepared.contentType) headers['content-type'] ??= prepared.contentType
    if (ownHeaders)
      for (const name of Object.keys(ownHeaders)) headers[name.toLowerCase()] = ownHeaders[name]!
    // Fetch writes FormData's multipart type with its boundary; any type set here breaks the body.
    if (rawBody instanceof FormData) delete headers['content-type']
    headers.accept ??= 'application/json, text/plain, */*'
    if (policy.idempotencyKey && (method === 'POST' || method === 'PATCH'))
      headers['idempotency-key'] ??= randomUuid()
    const hasIdempotencyKey = headers['idempotency-key'] !== undefined
    const ownAuthorization = headers.authorization
    const scope = options.rateLimitScope ? options.rateLimitScope(url, method) : origin

    const timeout = timeoutMs ?? options.timeoutMs ?? 30_000
    // A NaN timeout (a number read from a missing setting) expires at once rather than never.
    const deadline = Date.now() + timeout || 0
    const controller = new AbortController()
    const unwatch = watchDeadline(deadline, () =>
      controller.abort(
        new DOMException(`The request took longer than ${timeout} ms.`, 'TimeoutError'),
      ),
    )
    const onUserAbort = () => controller.abort(abortReason(userSignal!))
    if (userSignal?.aborted) onUserAbort()
    else userSignal?.addEventListener('abort', onUserAbort, { once: true })
    const signal = controller.signal

    let replayed = false
    let retries = 0
    let sent = 0
    try {
      for (;;) {
        const cooldown = rateLimits.get(scope)
        if (cooldown) {
          const wait = cooldown.until - Date.now()
          if (wait > policy.maxRetryAfterMs || Date.now() + wait >= deadline)
            throw rateLimitedError(cooldown, wait, context)
          // Counted in the store while it sleeps, so the UI can show the wait it is in.
          const release = rateLimits.hold(scope)
          const turn = pace(scope, cooldown.until, wait)
          try {
            await sleep(wait, signal)
            // The requests held through one deadline go out spread over a moment, not at once.
            const after = turn()
            if (after > 0) await sleep(after, signal)
          } finally {
            release()
          }
          // A later 429 of the scope may have moved its deadline while this request slept.
          continue
        }
        // With no refresh under way the store's tokens are current: no wait, not even a tick.
        let tokens = !useAuth
          ? undefined
          : coordinator.refreshing
            ? await coordinator.tokensForRequest(signal)
            : store!.get()
        if (
          useAuth &&
          tokens &&
          auth!.refreshBeforeExpiryMs &&
          tokens.accessToken !== refreshedAhead
        ) {
          const expiresAt = tokens.expiresAt ?? readJwtExpiry(tokens.accessToken)
          if (expiresAt !== undefined && expiresAt - Date.now() < auth!.refreshBeforeExpiryMs) {
            // refreshNow starts the refresh before it looks at the signal, and its rejection is
            // swallowed here: an aborted request must stop first, not refresh for the others.
            if (signal.aborted) throw abortReason(signal)
            await coordinator.refreshNow(signal).catch(() => {})
            tokens = store!.get()
            refreshedAhead = tokens?.accessToken
          }
        }
        // With no token to send, the app's own Authorization (a sign-in's Basic credentials) goes
        // out as given, and a token sent before this replay or retry does not.
        if (tokens) headers.authorization = `Bearer ${tokens.accessToken}`
        else if (ownAuthorization) headers.authorization = ownAuthorization
        else delete headers.authorization
        if (sent > 0 && !prepared.replayable) {
          throw clientError(
            'client/body-not-replayable',
            'unknown',
            'The request body is a stream that was already sent, so it cannot be replayed; send a string, Blob or FormData instead.',
            context,
          )
        }
        sent++
        let error: ApiError
        // An error that may only ask for a refresh is built without its stack, until it surfaces.
        let stackless = false
        // api.fetch hands the last answer back unread, as fetch would, once no retry is left.
        let answer: Response | undefined
        try {
          const response = await fetchWithinOrigins(
            options.fetch ?? fetch,
            url,
            {
              ...rest,
              method,
              headers,
              body: prepared.body,
              // Fetch sends a stream body only when told it may start before the answer.
              ...(prepared.replayable ? undefined : { duplex: 'half' }),
              signal,
            },
            { inBrowser, trusted: origins, replayable: prepared.replayable, context },
          )
          if (response.ok)
            return (await parseSuccess(
              response,
              responseType,
              unwrap ?? options.unwrap ?? false,
              context,
            )) as T
          if (passThrough) answer = response
          stackless = useAuth && tokens !== undefined && !replayed && response.status === 401
          // The signal carries the request's deadline and the caller's abort into the body read.
          error = await decodeResponseWith(
            stackless ? decodeInternal : decode,
            answer ? response.clone() : response,
            { ...context, signal },
          )
        } catch (thrown) {
          if (signal.aborted) throw abortReason(signal)
          // The client's own refusals (a redirect away, a body it cannot re-send) are final.
          if (thrown instanceof ApiError && thrown.format === 'client') throw thrown
          error = decode(thrown, context)
        }
        if (useAuth && tokens && !replayed && shouldRefresh(error)) {
          discard(answer)
          await coordinator.recover(tokens.accessToken, signal)
          replayed = true
          continue
        }
        if (stackless) addStack(error)
        if (useAuth && tokens && endsSessionOn(error)) {
          // Newer tokens than the refused one: the request goes again with them, once.
          const newer = await coordinator.refused(tokens.accessToken, error, signal)
          if (newer && !replayed) {
            discard(answer)
            replayed = true
            continue
          }
          if (answer) return answer as T
          throw error
        }
        const delay = error.retryAfterMs ?? backoffDelay(policy, retries)
        // A wait past the cap holds nothing: this request fails, the scope's others still go.
        const capped = delay > (options.maxCooldownMs ?? 3_600_000)
        // The longest this request waits out (its jitter too): maxRetryAfterMs, and its deadline.
        const limit = Math.min(policy.maxRetryAfterMs, deadline - Date.now() - 1)
        if (error.status === 429 && !capped)
          startCooldown(rateLimits, scope, delay, error, policy.random, limit)
        // A stream body cannot be sent again: the server's answer is the error, with no wait first.
        const canRetry =
          retries < policy.limit &&
          prepared.replayable &&
          isRetryable(error, method, hasIdempotencyKey, policy)
        if (!canRetry || capped || delay > limit) {
          if (answer) return answer as T
          throw error
        }
        discard(answer)
        retries++
        // A 429 waits through the scope's cooldown at the top of the loop.
        if (error.status !== 429)
          await sleep(error.retryAfterMs ? jitterWait(delay, policy.random, limit) : delay, signal)
      }
    } catch (thrown) {
      throw markHandledByClient(decode(signal.aborted ? abortReason(signal) : thrown, context))
    } finally {
      unwatch()
      // A Response handed over unread keeps the caller's signal, so aborting still stops its body.
      if (responseType !== 'response') userSignal?.removeEventListener('abort', onUserAbort)
    }
  }

  const withBody =
    (method: string) =>
    <T>(path: string, body?: unknown, init?: Omit<RequestOptions, 'method' | 'body'>) =>
      send<T>(method, path, init ?? {}, body)

  return {
    fetch: createClientFetch(options.baseUrl, () => coordinator?.insideRefresh ?? false, send),
    request: (path, init = {}) => send((init.method ?? 'GET').toUpperCase(), path, init, init.body),
    get: (path, init = {}) => send('GET', path, init, undefined),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
    delete: (path, init = {}) => send('DELETE', path, init, init.body),
    rateLimits,
    tokens: store,
    onSessionEnd: (listener) => coordinator?.onSessionEnd(listener) ?? (() => {}),
    onSignOut: (listener) => coordinator?.onSignOut(listener) ?? (() => {}),
    dispose: () => coordinator?.dispose(),
  }
}
