/**
 * A documented bkend code that fits `status` in route group `group`, for failures the test
 * armed without naming a code.
 */
export function defaultCode(status: number, group: string): string {
  if (status === 401) return 'auth/unauthorized'
  if (status === 403) return 'auth/forbidden'
  if (status === 404) return 'data/not-found'
  if (status === 409) return 'data/duplicate-value'
  if (status === 429)
    return group === 'auth' ? 'auth/too-many-requests' : 'data/rate-limit-exceeded'
  if (status >= 500) return 'common/internal-error'
  return 'common/invalid-parameters'
}
