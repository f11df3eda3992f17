import type { MockContext } from './context.js'

/** One route of the mock backend. */
export interface RouteDef {
  method: string
  /** A path with `:name` segments, e.g. `/v1/data/:table/:id`. */
  pattern: string
  handler: (ctx: MockContext) => Response | Promise<Response>
}

/** A path segment decoded, or as sent when it is not valid percent-encoding (`%E0%A4%A`). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The route that serves `method path`, with the values of its `:name` segments. */
export function matchRoute(
  routes: readonly RouteDef[],
  method: string,
  path: string,
): { route: RouteDef; params: Record<string, string> } | undefined {
  const segments = path.split('/').filter(Boolean)
  for (const route of routes) {
    if (route.method !== method) continue
    const parts = route.pattern.split('/').filter(Boolean)
    if (parts.length !== segments.length) continue
    const params: Record<string, string> = {}
    const matches = parts.every((part, index) => {
      const segment = segments[index] as string
      if (part.startsWith(':')) params[part.slice(1)] = decodeSegment(segment)
      return part.startsWith(':') || part === segment
    })
    if (matches) return { route, params }
  }
  return undefined
}
