import { isSessionEndError } from '../core/isSessionEndError.js'
import type { RouteMeta } from '../react/routing/channels.js'

/**
 * The routing of an error an error boundary shows: nowhere else (a banner or toast too would
 * show it twice), except that a session that ended is still announced, to send the user to sign in.
 */
export function boundaryMeta<TMeta extends RouteMeta>(meta: TMeta | undefined): TMeta {
  return {
    ...meta,
    errorChannel: (decoded) => (isSessionEndError(decoded) ? 'session' : 'silent'),
  } as TMeta
}
