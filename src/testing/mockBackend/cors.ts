/** Headers a browser on another origin may read. */
export const exposedHeaders = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'RateLimit',
  'RateLimit-Reset',
  'X-Request-Id',
  'Date',
]

/** Request headers a browser on another origin may send. */
export const allowedHeaders = [
  'Authorization',
  'Content-Type',
  'X-API-Key',
  'Idempotency-Key',
  'X-Mock-Fault',
]

/** Adds the CORS headers every answer carries. */
export function addCorsHeaders(headers: Headers): void {
  headers.set('access-control-allow-origin', '*')
  headers.set('access-control-expose-headers', exposedHeaders.join(', '))
}

/** The answer to a CORS preflight (`OPTIONS`). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': allowedHeaders.join(', '),
      'access-control-max-age': '600',
    },
  })
}
