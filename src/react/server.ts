// What a React Server Component may use of `api-error-kit/react` (the `react-server` condition):
// the routing, which runs anywhere, and the components it may render. The hooks are left out,
// so calling one on the server fails at build time rather than at request time.
export { ApiErrorProvider } from './ApiErrorProvider.js'
export { ErrorBoundary, DefaultFallback } from './ErrorBoundary.js'
export { createErrorHub } from './routing/createErrorHub.js'
export { routeError } from './routing/routeError.js'
export { channels } from './routing/channels.js'
