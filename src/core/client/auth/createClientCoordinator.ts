import { isSessionEndError } from '../../isSessionEndError.js'
import { buildUrl } from '../buildUrl.js'
import type { AuthOptions } from '../types.js'
import type { TokenStore } from './tokens.js'
import { createCrossTab } from './crossTab.js'
import { createRefreshCoordinator, type RefreshCoordinator } from './refreshCoordinator.js'

/**
 * The refresh coordinator of a client's `auth` options, with the client's defaults: a refresh
 * failure ends the session unless it is a rate limit or a 503 (worth another try later), one
 * refresh for every tab of the `baseUrl`'s origin unless `crossTab` is false, and a refresh that
 * takes more than 15 s has failed.
 */
export function createClientCoordinator(
  auth: AuthOptions,
  store: TokenStore,
  baseUrl: string,
): RefreshCoordinator {
  return createRefreshCoordinator({
    store,
    refresh: auth.refresh,
    endsSession:
      auth.endsSession ??
      ((error) =>
        isSessionEndError(error) || !(error.kind === 'rate-limit' || error.status === 503)),
    onSessionExpired: auth.onSessionExpired,
    crossTab:
      auth.crossTab === false
        ? undefined
        : createCrossTab(`api-error-kit:${buildUrl(baseUrl, '/').origin}`),
    timeoutMs: auth.refreshTimeoutMs ?? 15_000,
  })
}
