/// <reference types="react" />
/* eslint-disable @typescript-eslint/consistent-type-imports -- an import at the top would make these declarations a module of their own instead of globals */
// What the code samples of the README and the docs pages take from the app around them. A sample
// that imports or declares one of these names uses its own.
declare const api: import('api-error-kit').ApiClient
declare const hub: import('api-error-kit/react').ErrorHub
declare const error: unknown
declare const apiError: import('api-error-kit').ApiError
declare const backend: import('api-error-kit/testing').MockBackend
declare const cooldowns: import('api-error-kit').CooldownStore
declare const deadline: number
declare const id: string
declare const baseUrl: string
declare const body: unknown
declare const axiosError: unknown
declare const kyError: unknown
declare const fetchError: unknown
declare const clientError: unknown
declare const apolloError: unknown
declare const response: Response
declare const client: {
  POST(
    path: string,
    init: { body: unknown },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>
}
declare function refetch(): void
declare function navigate(to: string): void
declare function clearError(): void
declare function showSignIn(): void
declare function callYourRefreshEndpoint(
  refreshToken: string,
  signal: AbortSignal,
): Promise<import('api-error-kit').Tokens>
declare function refreshTokens(
  refreshToken: string | undefined,
): Promise<import('api-error-kit').Tokens>
declare function App(): React.ReactNode
declare function PostList(): React.ReactNode
declare function Providers(props: { messages: unknown; children: React.ReactNode }): React.ReactNode
declare interface LayoutProps {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}
/** An OpenAPI document's types, as openapi-typescript writes them. */
declare interface paths {
  '/v1/data/users': {
    get: { responses: { 200: { content: { 'application/json': { id: string }[] } } } }
  }
}

declare module 'axios-auth-refresh' {
  import type { AxiosError, AxiosInstance } from 'axios'
  export default function createAuthRefreshInterceptor(
    instance: AxiosInstance,
    refresh: (
      failed: AxiosError & { response: { config: { headers: Record<string, string> } } },
    ) => Promise<void>,
  ): number
}
