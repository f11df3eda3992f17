import type { ApiError } from '../../core/ApiError.js'
import { isFormError } from '../../core/isFormError.js'
import { isSessionEndError } from '../../core/isSessionEndError.js'
import type { Channel, RouteContext } from './channels.js'

/**
 * The default routing of an error to one channel:
 * - `silent`: aborted and cancelled requests;
 * - `session`: the session ended (see `isSessionEndError`) and the user must sign in again;
 * - `field`: validation, conflict and credential errors when a form is attached;
 * - `countdown`: rate limits;
 * - `banner`: permission and not-found errors, and a query's failure with no data to show;
 * - `toast`: mutation failures, network and server errors over data already shown.
 */
export function routeError(error: ApiError, context: RouteContext = {}): Channel {
  const { source = 'other', hasData = false, hasForm = false } = context
  if (error.kind === 'aborted') return 'silent'
  if (isSessionEndError(error)) return 'session'
  if (hasForm && (error.hasFieldErrors || isFormError(error))) return 'field'
  if (error.kind === 'rate-limit') return 'countdown'
  if (error.kind === 'permission' || error.kind === 'not-found') return 'banner'
  if (source === 'query' && !hasData) return 'banner'
  return 'toast'
}
