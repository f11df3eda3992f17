import { PageError } from '../../src/ui/index.js'

/**
 * The page-level error, wherever on the page it came from: the ui entry's `PageError` shows a
 * countdown for a rate limit and a banner for the rest (permission, not found, a failed load).
 */
export function PageErrors() {
  return <PageError className="demo-page-error" />
}
